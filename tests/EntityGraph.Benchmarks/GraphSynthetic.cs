using EntityGraph.Documents;
using EntityGraph.Graphs;

namespace EntityGraph.Benchmarks;

/// <summary>
/// A synthetic corpus graph for the graph benchmarks, built through the public <see cref="GraphBuilder"/>
/// from fake processed documents (so it has exactly the structure a real corpus gives: evidence per
/// relation, dates, vote tables), deterministic (fixed seed). Degrees are power-law-ish: each relation's
/// ends are drawn with probability falling off steeply with the node's index (index = n · u^2.5 for
/// uniform u), so a few hubs have tens of thousands of edges and most nodes a handful.
/// </summary>
internal static class GraphSynthetic
{
    private static readonly string[] Categories = ["CONSULT", "COOPERATE", "AID", "ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT"];
    private static readonly int[] Quads = [1, 2, 2, 3, 3, 4, 4, 4];
    private static readonly double[] Goldstein = [1.0, 3.5, 7.4, -2.0, -4.4, -5.0, -7.0, -9.0];
    private const string Sentence = "A synthetic sentence that stands for the evidence of one relation.";

    /// <summary>Node <paramref name="i"/>'s id.</summary>
    public static string Id(int i) => $"country:N{i:D6}";

    /// <summary>Node <paramref name="i"/>'s display name (also an alias).</summary>
    public static string Name(int i) => $"Nation {i}";

    /// <summary>Node <paramref name="i"/>'s second alias.</summary>
    public static string Alias(int i) => $"The Republic of {i}";

    /// <summary>
    /// Builds a graph with <paramref name="nodes"/> nodes (every one touched by some relation, so none is
    /// missing) and at least <paramref name="edges"/> edges.
    /// </summary>
    public static EntityRelationGraph Build(int nodes, int edges, int seed = 20140420)
    {
        var random = new Random(seed);
        var entities = new Entity[nodes];
        var mention = new[] { new Mention(new TextSpan(0, 6), 0, 1, EntityType.Country, 1.0, "synthetic") };
        for (int i = 0; i < nodes; i++)
            entities[i] = new Entity(Id(i), Name(i), EntityType.Country, null, null, [Name(i), Alias(i)], mention);

        var builder = new GraphBuilder();
        var start = new DateOnly(2010, 1, 1);
        const int relationsPerDocument = 16;
        int document = 0;
        int nextUntouched = 0; // makes sure every node gets at least one relation
        while (builder.EdgeCount < edges || nextUntouched < nodes)
        {
            string docId = $"doc{document:D7}";
            var date = start.AddDays(random.Next(3650));
            var inDoc = new Dictionary<int, Entity>();
            var relations = new Relation[relationsPerDocument];
            for (int r = 0; r < relationsPerDocument; r++)
            {
                int a = nextUntouched < nodes ? nextUntouched++ : Pick(random, nodes);
                int b = Pick(random, nodes);
                if (a == b) b = (b + 1) % nodes;
                inDoc[a] = entities[a];
                inDoc[b] = entities[b];
                var evidence = new Evidence(docId, r, new TextSpan(0, 10), Sentence);
                if (random.Next(3) == 0)
                {
                    // Co-mentions run from the smaller id, as the extractor writes them.
                    relations[r] = new Relation(Id(Math.Min(a, b)), Id(Math.Max(a, b)), "co-mention", 0.1, evidence);
                }
                else
                {
                    int c = random.Next(Categories.Length);
                    relations[r] = new Relation(Id(a), Id(b), "interaction", 0.3 + 0.6 * random.NextDouble(), evidence)
                    {
                        Category = Categories[c],
                        QuadClass = Quads[c],
                        Goldstein = Goldstein[c],
                        Cameo = "0" + (c + 1) * 10,
                    };
                }
            }
            var doc = Document.Create("", docId, date).WithTokens([], []).WithMentions([])
                .WithEntities(inDoc.Values.ToArray()).WithRelations(relations);
            builder.Add(doc);
            document++;
        }
        return builder.ToGraph();
    }

    private static int Pick(Random random, int nodes) => Math.Min(nodes - 1, (int)(nodes * Math.Pow(random.NextDouble(), 2.5)));
}
