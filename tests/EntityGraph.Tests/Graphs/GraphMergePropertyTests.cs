using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Graphs;

/// <summary>
/// For random small corpora split at random into parts: merging the parts' graphs in any order and grouping,
/// directly or after a GraphML or JSON round trip, gives exactly the graph built from all documents in one go
/// (same GraphML and JSON bytes); merge is commutative and associative.
/// </summary>
public sealed class GraphMergePropertyTests
{
    // A small id pool, so entities recur across documents and names, types and codes compete in the votes.
    private static readonly string[] Ids = ["country:CHN", "country:PRK", "country:RUS", "person:kim", "org:un"];
    // Confidences and scores whose sums depend on the order of addition (0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1).
    private static readonly double[] Confidences = [0.1, 0.2, 0.3, 0.7, 1.0 / 3, 0.15, 1e-17];
    private static readonly double?[] Goldsteins = [null, -4.0, 3.4, 1.0 / 3, 0.0, -0.0, -10];

    /// <summary>A corpus, the part (0 to parts-1) each document goes to, and a seed for the merge order.</summary>
    public sealed record Scenario(Document[] Documents, int[] PartOf, int Parts, int Seed)
    {
        /// <inheritdoc />
        public override string ToString() =>
            $"{Documents.Length} documents in {Parts} parts (seed {Seed}): " +
            string.Join("; ", Documents.Select((d, i) =>
                $"[{i}→{PartOf[i]}] {d.Id ?? "(no id)"} {d.Date?.ToString("yyyy-MM-dd") ?? "undated"}: " +
                string.Join(", ", d.Entities.Select(e => $"{e.Id}={e.Name}/{e.Type}/{e.Iso3}/{e.Country}")) + " | " +
                string.Join(", ", d.Relations.Select(r => $"{r.Source}→{r.Target} {r.Category ?? r.Type} {r.Confidence} g{r.Goldstein} q{r.QuadClass} c{r.Cameo}{(r.Negated ? " not" : "")}"))));
    }

    private static Gen<Entity> EntityGen(string id) =>
        from name in Gen.Elements("North Korea", "DPRK", "N. Korea", "Kim")
        from type in Gen.Elements(EntityType.Country, EntityType.Person, EntityType.Organization)
        from iso3 in Gen.Elements<string?>(null, "PRK", "CHN")
        from country in Gen.Elements<string?>(null, "USA", "PRK")
        from aliases in Gen.SubListOf("x", "y", "z", "DPRK")
        from mentions in Gen.Choose(0, 3)
        select new Entity(id, name, type, iso3, country, aliases.ToArray(), Mentions(mentions));

    private static Gen<Relation> RelationGen(string[] entityIds, string? docId) =>
        from source in Gen.Elements(entityIds)
        from target in Gen.Elements(entityIds)
        from interaction in Gen.Elements(false, true)
        from category in Gen.Elements<string?>(null, "SANCTION", "AID")
        from confidence in Gen.Elements(Confidences)
        from goldstein in Gen.Elements(Goldsteins)
        from quad in Gen.Elements<int?>(null, 1, 2, 3, 4)
        from cameo in Gen.Elements<string?>(null, "160", "010", "10")
        from negated in Gen.Elements(false, false, true)
        from sentence in Gen.Choose(0, 2)
        from start in Gen.Choose(0, 2)
        from text in Gen.Elements("A.", "B b.", "C c c.")
        select new Relation(source, target, interaction ? "interaction" : "co-mention", confidence,
            new Evidence(docId, sentence, new TextSpan(start, 1), text))
        {
            Category = interaction ? category : null,
            Goldstein = goldstein,
            QuadClass = quad,
            Cameo = cameo,
            Negated = negated,
        };

    private static Gen<Document> DocumentGen(int index) =>
        from hasId in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from day in Gen.Choose(-1, 40)
        from ids in Gen.SubListOf(Ids)
        from entities in Gen.CollectToArray(ids, EntityGen)
        from relations in ids.Count == 0
            ? Gen.Constant(Array.Empty<Relation>())
            : Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(RelationGen([.. ids], hasId ? $"d{index}" : null), n))
        select DatedDoc(hasId ? $"d{index}" : null, day < 0 ? null : new DateOnly(2014, 1, 1).AddDays(day), entities, relations);

    private static readonly Gen<Scenario> ScenarioGen =
        from count in Gen.Choose(0, 7)
        from documents in Gen.CollectToArray(Enumerable.Range(0, count), DocumentGen)
        from parts in Gen.Choose(1, 4)
        from partOf in Gen.ArrayOf(Gen.Choose(0, parts - 1), count)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select new Scenario(documents, partOf, parts, seed);

    private static string Dump(EntityRelationGraph g) => GraphMLWriter.WriteToString(g) + "\n" + NodeLinkJsonWriter.WriteToString(g);

    private static EntityRelationGraph[] PartGraphs(Scenario s) =>
        Enumerable.Range(0, s.Parts)
            .Select(p => new GraphBuilder().AddRange(s.Documents.Where((_, i) => s.PartOf[i] == p)).ToGraph())
            .ToArray();

    /// <summary>Merges the graphs in a random order and a random grouping (a random binary tree).</summary>
    private static EntityRelationGraph MergeRandomly(IEnumerable<EntityRelationGraph> graphs, Random random)
    {
        var pool = graphs.ToList();
        if (pool.Count == 0) return EntityRelationGraph.Empty;
        while (pool.Count > 1)
        {
            int i = random.Next(pool.Count);
            var a = pool[i];
            pool.RemoveAt(i);
            int j = random.Next(pool.Count);
            pool[j] = random.Next(2) == 0 ? a.Merge(pool[j]) : pool[j].Merge(a);
        }
        return pool[0];
    }

    [FsCheck.NUnit.Property(MaxTest = 150)]
    public Property Merging_parts_in_any_order_and_grouping_gives_the_whole() => Prop.ForAll(ScenarioGen.ToArbitrary(), s =>
    {
        string whole = Dump(new GraphBuilder().AddRange(s.Documents).ToGraph());
        Assert.That(Dump(new GraphBuilder().AddRange(s.Documents.Reverse()).ToGraph()), Is.EqualTo(whole), "documents in reverse order");
        var random = new Random(s.Seed);
        Assert.That(Dump(MergeRandomly(PartGraphs(s), random)), Is.EqualTo(whole), "merged parts");
        Assert.That(Dump(EntityRelationGraph.MergeAll(PartGraphs(s).Reverse())), Is.EqualTo(whole), "MergeAll, parts reversed");
    });

    [FsCheck.NUnit.Property(MaxTest = 150)]
    public Property Merging_imported_parts_gives_the_whole_and_imports_reexport_identically() => Prop.ForAll(ScenarioGen.ToArbitrary(), s =>
    {
        string whole = Dump(new GraphBuilder().AddRange(s.Documents).ToGraph());
        var imported = PartGraphs(s).Select((g, i) =>
        {
            string graphml = GraphMLWriter.WriteToString(g), json = NodeLinkJsonWriter.WriteToString(g);
            var fromGraphML = GraphMLReader.ReadFromString(graphml);
            var fromJson = NodeLinkJsonReader.ReadFromString(json);
            Assert.That(GraphMLWriter.WriteToString(fromGraphML), Is.EqualTo(graphml), "GraphML export → import → export");
            Assert.That(NodeLinkJsonWriter.WriteToString(fromJson), Is.EqualTo(json), "JSON export → import → export");
            Assert.That(Dump(fromGraphML), Is.EqualTo(Dump(g)), "nothing lost through GraphML (no XML-illegal characters here)");
            return i % 2 == 0 ? fromGraphML : fromJson;
        }).ToArray();
        Assert.That(Dump(MergeRandomly(imported, new Random(s.Seed))), Is.EqualTo(whole));
    });

    [FsCheck.NUnit.Property(MaxTest = 150)]
    public Property Merge_is_commutative_and_associative() => Prop.ForAll(ScenarioGen.ToArbitrary(), s =>
    {
        // Three parts from the scenario's split (folding any extra parts into the third).
        var g = Enumerable.Range(0, 3)
            .Select(p => new GraphBuilder().AddRange(s.Documents.Where((_, i) => Math.Min(s.PartOf[i], 2) == p)).ToGraph())
            .ToArray();
        Assert.That(Dump(g[0].Merge(g[1])), Is.EqualTo(Dump(g[1].Merge(g[0]))), "commutative");
        Assert.That(Dump(g[0].Merge(g[1]).Merge(g[2])), Is.EqualTo(Dump(g[0].Merge(g[1].Merge(g[2])))), "associative");
    });
}
