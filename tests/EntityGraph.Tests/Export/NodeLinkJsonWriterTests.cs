using System.Text;
using EntityGraph.Export;
using EntityGraph.Graphs;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.GraphFixtures;

namespace EntityGraph.Tests.Export;

public class NodeLinkJsonWriterTests
{
    // Two edges join CHN → PRK (a co-mention and a sanction): the reason the output is a multigraph.
    internal static EntityRelationGraph TwoCountries() => new GraphBuilder().Add(Doc("d1",
        [
            Country("PRK", "North Korea", 2, "North Korea", "DPRK"),
            Country("CHN", "China", 1, "China"),
        ],
        CoMention("country:CHN", "country:PRK", "d1", 0, "China and North Korea."),
        Interaction("country:CHN", "country:PRK", "SANCTION", 0.5, "d1", 1, "China \"sanctions\" DPRK."))).ToGraph();

    [Test]
    public void Writes_the_node_link_layout_with_typed_attributes_and_evidence_objects()
    {
        // Nodes by id (CHN before PRK), aliases sorted ordinally, iso3 present, country absent (null), one vote
        // each, no country votes and no dates (the document has none); edges by type: co-mention before
        // interaction; no category on the co-mention; no Goldstein, quad class, CAMEO or dates, so none written.
        const string expected = """
            {
              "directed": true,
              "multigraph": true,
              "graph": {
                "documents": 1,
                "document_ids": [
                  "d1"
                ]
              },
              "nodes": [
                {
                  "id": "country:CHN",
                  "label": "China",
                  "name": "China",
                  "type": "Country",
                  "iso3": "CHN",
                  "aliases": [
                    "China"
                  ],
                  "mentions": 1,
                  "documents": 1,
                  "name_votes": {
                    "China": 1
                  },
                  "type_votes": {
                    "Country": 1
                  },
                  "iso3_votes": {
                    "CHN": 1
                  }
                },
                {
                  "id": "country:PRK",
                  "label": "North Korea",
                  "name": "North Korea",
                  "type": "Country",
                  "iso3": "PRK",
                  "aliases": [
                    "DPRK",
                    "North Korea"
                  ],
                  "mentions": 2,
                  "documents": 1,
                  "name_votes": {
                    "North Korea": 1
                  },
                  "type_votes": {
                    "Country": 1
                  },
                  "iso3_votes": {
                    "PRK": 1
                  }
                }
              ],
              "edges": [
                {
                  "source": "country:CHN",
                  "target": "country:PRK",
                  "key": "e0",
                  "label": "co-mention",
                  "type": "co-mention",
                  "negated": false,
                  "count": 1,
                  "weight": 0.1,
                  "confidence": 0.1,
                  "evidence": [
                    {
                      "document": "d1",
                      "sentence": 0,
                      "start": 0,
                      "length": 22,
                      "text": "China and North Korea.",
                      "confidence": 0.1
                    }
                  ]
                },
                {
                  "source": "country:CHN",
                  "target": "country:PRK",
                  "key": "e1",
                  "label": "SANCTION",
                  "type": "interaction",
                  "category": "SANCTION",
                  "negated": false,
                  "count": 1,
                  "weight": 0.5,
                  "confidence": 0.5,
                  "evidence": [
                    {
                      "document": "d1",
                      "sentence": 1,
                      "start": 0,
                      "length": 23,
                      "text": "China \"sanctions\" DPRK.",
                      "confidence": 0.5
                    }
                  ]
                }
              ]
            }

            """;
        Assert.That(NodeLinkJsonWriter.WriteToString(TwoCountries()), Is.EqualTo(expected));
    }

    [Test]
    public void Stream_output_is_utf8_without_bom_and_equals_the_string_form()
    {
        var graph = new GraphBuilder().Add(Doc("d\u00e9",
            [Country("CIV", "C\u00f4te d\u2019Ivoire", 1, "C\u00f4te d\u2019Ivoire")])).ToGraph();
        using var ms = new MemoryStream();
        NodeLinkJsonWriter.Write(graph, ms);
        var bytes = ms.ToArray();
        Assert.That(bytes[0], Is.EqualTo((byte)'{'));
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(NodeLinkJsonWriter.WriteToString(graph)));
        // Non-ASCII stays readable: ô is C3 B4 in UTF-8, not a \u escape.
        Assert.That(Encoding.UTF8.GetString(bytes), Does.Contain("C\u00f4te"));
    }

    [Test]
    public void Unpaired_surrogates_and_controls_are_escaped_not_replaced()
    {
        var graph = new GraphBuilder().Add(Doc("d",
            [Country("XXX", "A\uD800B\u0001", 1, "\uDC00")])).ToGraph();
        string json = NodeLinkJsonWriter.WriteToString(graph);
        Assert.That(json, Does.Contain("\"name\": \"A\\ud800B\\u0001\""));
        Assert.That(json, Does.Contain("\"\\udc00\""));
        Assert.That(json, Does.Not.Contain("\uFFFD"));
    }

    [Test]
    public void Empty_graph_has_empty_arrays()
    {
        string json = NodeLinkJsonWriter.WriteToString(EntityRelationGraph.Empty);
        Assert.That(json, Does.Contain("\"nodes\": []"));
        Assert.That(json, Does.Contain("\"edges\": []"));
        Assert.That(json, Does.Contain("\"documents\": 0"));
    }

    [Test]
    public void Networkx_node_link_graph_reads_a_multidigraph_with_every_attribute()
    {
        var graph = new GraphBuilder().Add(Doc("d1",
            [
                Country("PRK", "North Korea", 2, "North Korea", "DPRK"),
                Country("CHN", "China", 1, "China"),
                Person("person:Kim", "Kim\uD800", "PRK", 1, "Kim"),
            ],
            CoMention("country:CHN", "country:PRK", "d1", 0, "China and North Korea."),
            Interaction("country:CHN", "country:PRK", "SANCTION", 0.5, "d1", 1, "China sanctions DPRK.", negated: true),
            CoMention("country:PRK", "person:Kim", null, 2, "Kim\r\nspoke."))).ToGraph();
        string file = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(file)) NodeLinkJsonWriter.Write(graph, stream);
            const string script = """
                import sys, json, networkx as nx
                g = nx.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))
                print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.graph['documents'])
                for n, d in sorted(g.nodes(data=True)):
                    print('N', n, d.get('iso3'), d.get('country'), d['type'], repr(d['aliases']), repr(d['mentions']), ascii(d['name']))
                for s, t, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[2]):
                    ev = d['evidence'][0]
                    print('E', k, s, t, d['type'], d.get('category'), repr(d['negated']), repr(d['weight']), d['count'], repr(ev['document']), ev['sentence'], ascii(ev['text']))
                """;
            var result = ExternalTools.Run("python3", "-c", script, file);
            if (result is null) Assert.Ignore("python3 is not installed.");
            if (result.Value.ExitCode != 0 && result.Value.Stderr.Contains("No module named 'networkx'"))
                Assert.Ignore("networkx is not installed for python3.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            // Two parallel CHN→PRK edges survive only in a multigraph, told apart by key; the lone surrogate
            // and the CR LF come through exactly; null document stays None; lists stay lists.
            Assert.That(result.Value.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("""
                MultiDiGraph 3 3 1
                N country:CHN CHN None Country ['China'] 1 'China'
                N country:PRK PRK None Country ['DPRK', 'North Korea'] 2 'North Korea'
                N person:Kim None PRK Person ['Kim'] 1 'Kim\ud800'
                E e0 country:CHN country:PRK co-mention None False 0.1 1 'd1' 0 'China and North Korea.'
                E e1 country:CHN country:PRK interaction SANCTION True 0.5 1 'd1' 1 'China sanctions DPRK.'
                E e2 country:PRK person:Kim co-mention None False 0.1 1 None 2 'Kim\r\nspoke.'

                """));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void Dated_graph_writes_dates_event_summaries_and_per_evidence_facts()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(NodeLinkJsonWriter.WriteToString(GexfWriterTests.DatedGraph()));
        Assert.That(json["graph"]!["document_ids"]!.Select(t => (string)t!), Is.EqualTo(new[] { "a.txt", "b.txt", "c.txt" }));
        var prk = json["nodes"]!.Single(n => (string)n["id"]! == "country:PRK");
        Assert.That(((string?)prk["first_seen"], (string?)prk["last_seen"]), Is.EqualTo(("2014-04-20", "2014-05-01")));
        Assert.That((int)prk["name_votes"]!["North Korea"]!, Is.EqualTo(3));
        Assert.That(json["nodes"]!.Single(n => (string)n["id"]! == "country:RUS")["first_seen"], Is.Null, "undated: left out");

        var sanction = json["edges"]![0]!;
        Assert.That(((string?)sanction["first_seen"], (string?)sanction["last_seen"], (double)sanction["mean_goldstein"]!, (int)sanction["quad_class"]!, (string?)sanction["cameo"]),
            Is.EqualTo(("2014-04-20", "2014-05-01", -4.5, 4, "163")));
        // Evidence in document order: a.txt (1 May, 0.8, -4) then b.txt (20 April, 0.5, -5).
        Assert.That(sanction["evidence"]!.Select(e => ((string?)e["document"], (double)e["confidence"]!, (string?)e["date"], (double)e["goldstein"]!)),
            Is.EqualTo(new[] { ("a.txt", 0.8, "2014-05-01", -4.0), ("b.txt", 0.5, "2014-04-20", -5.0) }));
        var co = json["edges"]![1]!;
        Assert.That(co["first_seen"] is null && co["mean_goldstein"] is null && co["quad_class"] is null && co["cameo"] is null, Is.True);
    }
}
