namespace EntityGraph.Export;

/// <summary>
/// The GraphML attribute keys the writer declares. Ids say what they hold (never <c>d0</c>, <c>d1</c>) and
/// are unique across the file as GraphML requires, hence the <c>node_</c>/<c>edge_</c> prefixes; readers
/// such as networkx, Gephi and Cytoscape name attributes by <see cref="GraphMLKey.Name"/> instead.
/// </summary>
public static class GraphMLKeys
{
    /// <summary>Number of documents the graph was built from.</summary>
    public static readonly GraphMLKey GraphDocuments = new("graph_documents", "graph", "documents", "int");
    /// <summary>Ids of the documents the graph was built from, as a JSON array of strings (sorted ordinally).</summary>
    public static readonly GraphMLKey GraphDocumentIds = new("graph_document_ids", "graph", "document_ids", "string");

    /// <summary>Display label (the entity name).</summary>
    public static readonly GraphMLKey NodeLabel = new("node_label", "node", "label", "string");
    /// <summary>Canonical entity name.</summary>
    public static readonly GraphMLKey NodeName = new("node_name", "node", "name", "string");
    /// <summary>The entity id as the library knows it (the node id may be escaped to be an NMTOKEN).</summary>
    public static readonly GraphMLKey NodeEntityId = new("node_entity_id", "node", "entity_id", "string");
    /// <summary>Entity type, e.g. <c>Country</c>.</summary>
    public static readonly GraphMLKey NodeType = new("node_type", "node", "type", "string");
    /// <summary>ISO 3166-1 alpha-3 code (omitted when unknown).</summary>
    public static readonly GraphMLKey NodeIso3 = new("node_iso3", "node", "iso3", "string");
    /// <summary>ISO-3 code of the entity's country (omitted when unknown).</summary>
    public static readonly GraphMLKey NodeCountry = new("node_country", "node", "country", "string");
    /// <summary>Surface forms, sorted, joined with <c>|</c>.</summary>
    public static readonly GraphMLKey NodeAliases = new("node_aliases", "node", "aliases", "string");
    /// <summary>Total mentions.</summary>
    public static readonly GraphMLKey NodeMentions = new("node_mentions", "node", "mentions", "int");
    /// <summary>Documents that mention the entity.</summary>
    public static readonly GraphMLKey NodeDocuments = new("node_documents", "node", "documents", "int");
    /// <summary>Earliest date of a document mentioning the entity, <c>yyyy-MM-dd</c> (omitted when no document had a date).</summary>
    public static readonly GraphMLKey NodeFirstSeen = new("node_first_seen", "node", "first_seen", "string");
    /// <summary>Latest date of a document mentioning the entity, <c>yyyy-MM-dd</c> (omitted when no document had a date).</summary>
    public static readonly GraphMLKey NodeLastSeen = new("node_last_seen", "node", "last_seen", "string");
    /// <summary>How many document-level entities gave each name, as a JSON object (name → count); the name is its winner.</summary>
    public static readonly GraphMLKey NodeNameVotes = new("node_name_votes", "node", "name_votes", "string");
    /// <summary>How many gave each type, as a JSON object (type → count).</summary>
    public static readonly GraphMLKey NodeTypeVotes = new("node_type_votes", "node", "type_votes", "string");
    /// <summary>How many gave each ISO-3 code, as a JSON object (omitted when none did).</summary>
    public static readonly GraphMLKey NodeIso3Votes = new("node_iso3_votes", "node", "iso3_votes", "string");
    /// <summary>How many gave each country, as a JSON object (omitted when none did).</summary>
    public static readonly GraphMLKey NodeCountryVotes = new("node_country_votes", "node", "country_votes", "string");

    /// <summary>Display label: the category or type, prefixed with <c>not </c> when negated.</summary>
    public static readonly GraphMLKey EdgeLabel = new("edge_label", "edge", "label", "string");
    /// <summary>Cytoscape's edge-kind column: the relation type.</summary>
    public static readonly GraphMLKey EdgeInteraction = new("edge_interaction", "edge", "interaction", "string");
    /// <summary>Relation type, e.g. <c>co-mention</c>.</summary>
    public static readonly GraphMLKey EdgeType = new("edge_type", "edge", "type", "string");
    /// <summary>PLOVER category (omitted when none).</summary>
    public static readonly GraphMLKey EdgeCategory = new("edge_category", "edge", "category", "string");
    /// <summary>Whether the relations are negated.</summary>
    public static readonly GraphMLKey EdgeNegated = new("edge_negated", "edge", "negated", "boolean");
    /// <summary>Number of aggregated relations.</summary>
    public static readonly GraphMLKey EdgeCount = new("edge_count", "edge", "count", "int");
    /// <summary>Sum of confidences.</summary>
    public static readonly GraphMLKey EdgeWeight = new("edge_weight", "edge", "weight", "double");
    /// <summary>Highest confidence.</summary>
    public static readonly GraphMLKey EdgeConfidence = new("edge_confidence", "edge", "confidence", "double");
    /// <summary>Earliest document date of the evidence, <c>yyyy-MM-dd</c> (omitted when none is dated).</summary>
    public static readonly GraphMLKey EdgeFirstSeen = new("edge_first_seen", "edge", "first_seen", "string");
    /// <summary>Latest document date of the evidence, <c>yyyy-MM-dd</c> (omitted when none is dated).</summary>
    public static readonly GraphMLKey EdgeLastSeen = new("edge_last_seen", "edge", "last_seen", "string");
    /// <summary>Mean Goldstein score of the evidence that has one (omitted when none has).</summary>
    public static readonly GraphMLKey EdgeMeanGoldstein = new("edge_mean_goldstein", "edge", "mean_goldstein", "double");
    /// <summary>Quad class 1–4, the most common in the evidence (omitted when none has one).</summary>
    public static readonly GraphMLKey EdgeQuadClass = new("edge_quad_class", "edge", "quad_class", "int");
    /// <summary>CAMEO code, the most common in the evidence (omitted when none has one).</summary>
    public static readonly GraphMLKey EdgeCameo = new("edge_cameo", "edge", "cameo", "string");
    /// <summary>The evidence as a JSON array of <c>{document, sentence, start, length, text, confidence, date?,
    /// goldstein?, quad_class?, cameo?}</c> objects.</summary>
    public static readonly GraphMLKey EdgeEvidence = new("edge_evidence", "edge", "evidence", "string");

    /// <summary>Every key, in the order they are declared in the file.</summary>
    public static IReadOnlyList<GraphMLKey> All { get; } =
    [
        GraphDocuments, GraphDocumentIds,
        NodeLabel, NodeName, NodeEntityId, NodeType, NodeIso3, NodeCountry, NodeAliases, NodeMentions, NodeDocuments,
        NodeFirstSeen, NodeLastSeen, NodeNameVotes, NodeTypeVotes, NodeIso3Votes, NodeCountryVotes,
        EdgeLabel, EdgeInteraction, EdgeType, EdgeCategory, EdgeNegated, EdgeCount, EdgeWeight, EdgeConfidence,
        EdgeFirstSeen, EdgeLastSeen, EdgeMeanGoldstein, EdgeQuadClass, EdgeCameo, EdgeEvidence,
    ];
}

/// <summary>One GraphML <c>&lt;key&gt;</c> declaration.</summary>
/// <param name="Id">The key id, an NMTOKEN unique in the file.</param>
/// <param name="For">What the key applies to: <c>graph</c>, <c>node</c> or <c>edge</c>.</param>
/// <param name="Name">The attribute name readers show (<c>attr.name</c>).</param>
/// <param name="Type">The GraphML 1.0 <c>attr.type</c>: <c>boolean</c>, <c>int</c>, <c>double</c> or <c>string</c>.</param>
public sealed record GraphMLKey(string Id, string For, string Name, string Type);
