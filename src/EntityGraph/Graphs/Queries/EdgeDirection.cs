namespace EntityGraph.Graphs.Queries;

/// <summary>Which edges of a node a query follows.</summary>
public enum EdgeDirection
{
    /// <summary>Edges in either direction (the default: who deals with whom, whoever acts).</summary>
    Both = 0,

    /// <summary>Edges the node is the source of (what it does to others).</summary>
    Out = 1,

    /// <summary>Edges the node is the target of (what others do to it).</summary>
    In = 2,
}
