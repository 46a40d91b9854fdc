using System.Text;
using EntityGraph.Export;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class CsvGraphWriterTests
{
    [Test]
    public void Node_table_has_gephi_headers_and_crlf_rows()
    {
        Assert.That(CsvGraphWriter.NodesToString(NodeLinkJsonWriterTests.TwoCountries()), Is.EqualTo(
            "Id,Label,EntityType,Iso3,Country,Aliases,Mentions,Documents,FirstSeen,LastSeen\r\n" +
            "country:CHN,China,Country,CHN,,China,1,1,,\r\n" +
            "country:PRK,North Korea,Country,PRK,,DPRK|North Korea,2,1,,\r\n"));
    }

    [Test]
    public void Edge_table_quotes_the_evidence_json_and_doubles_its_quotes()
    {
        Assert.That(CsvGraphWriter.EdgesToString(NodeLinkJsonWriterTests.TwoCountries()), Is.EqualTo(
            "Source,Target,Type,Id,Label,Weight,Relation,Category,Negated,Count,Confidence,FirstSeen,LastSeen,MeanGoldstein,QuadClass,Cameo,Evidence\r\n" +
            "country:CHN,country:PRK,Directed,e0,co-mention,0.1,co-mention,,false,1,0.1,,,,,," +
            "\"[{\"\"document\"\":\"\"d1\"\",\"\"sentence\"\":0,\"\"start\"\":0,\"\"length\"\":22,\"\"text\"\":\"\"China and North Korea.\"\",\"\"confidence\"\":0.1}]\"\r\n" +
            "country:CHN,country:PRK,Directed,e1,SANCTION,0.5,interaction,SANCTION,false,1,0.5,,,,,," +
            "\"[{\"\"document\"\":\"\"d1\"\",\"\"sentence\"\":1,\"\"start\"\":0,\"\"length\"\":23,\"\"text\"\":\"\"China \\\"\"sanctions\\\"\" DPRK.\"\",\"\"confidence\"\":0.5}]\"\r\n"));
    }

    [Test]
    public void Python_csv_reads_the_hostile_tables_back_field_for_field()
    {
        var graph = NodeLinkJsonReaderTests.HostileGraph();
        string nodes = Path.Combine(Path.GetTempPath(), $"entitygraph-{Guid.NewGuid():N}-nodes.csv");
        string edges = Path.ChangeExtension(nodes, ".edges.csv");
        try
        {
            using (var s = File.Create(nodes)) CsvGraphWriter.WriteNodes(graph, s);
            using (var s = File.Create(edges)) CsvGraphWriter.WriteEdges(graph, s);
            const string script = """
                import sys, csv, json
                for path in sys.argv[1:]:
                    with open(path, newline='', encoding='utf-8') as f:
                        rows = list(csv.DictReader(f, strict=True))
                    print(len(rows), ascii(list(rows[0].keys())[:6]))
                    for r in rows:
                        if 'Evidence' in r:
                            ev = json.loads(r['Evidence'])
                            print('E', ascii(r['Source']), ascii(r['Label']), r['Weight'], ascii(ev[0]['text']), ascii(ev[0]['document']))
                        else:
                            print('N', ascii(r['Id']), ascii(r['Label']), ascii(r['Aliases']), r['Mentions'])
                """;
            var result = ExternalTools.Run("python3", "-c", script, nodes, edges);
            if (result is null) Assert.Ignore("python3 is not installed.");
            Assert.That(result.Value.ExitCode, Is.EqualTo(0), result.Value.Stderr);
            // The raw id keeps everything but the lone surrogate (UTF-8 cannot hold one); CR LF inside quoted
            // fields come back exactly; the evidence text that was a lone surrogate is empty; the null document is JSON null.
            Assert.That(result.Value.Stdout.ReplaceLineEndings("\n"), Is.EqualTo("""
                3 ['Id', 'Label', 'EntityType', 'Iso3', 'Country', 'Aliases']
                N '' '' '' 0
                N 'country:PRK' 'North "Korea"' '|DPRK|N\\K|\\ud800 is text|\\' 3
                N 'person: <x>&amp;' ' Kim\r\n\u2028 \U0001f600' '\t|' 1
                5 ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight']
                E '' 'co-mention' 0.1 '' 'doc "1"\\'
                E 'country:PRK' 'SANCTION' 1E-300 'self' None
                E 'country:PRK' 'co-mention' 0.1 'A "quote" \\ and\r\nCR LF .' 'doc "1"\\'
                E 'country:PRK' 'SANCTION' 0.30000000000000004 '' 'doc "1"\\'
                E 'country:PRK' 'not SANCTION' 0.8 'x' 'doc "1"\\'

                """));
        }
        finally
        {
            File.Delete(nodes);
            File.Delete(edges);
        }
    }

    [Test]
    public void Dated_graph_fills_the_date_and_event_columns()
    {
        var graph = GexfWriterTests.DatedGraph();
        Assert.That(CsvGraphWriter.NodesToString(graph), Is.EqualTo(
            "Id,Label,EntityType,Iso3,Country,Aliases,Mentions,Documents,FirstSeen,LastSeen\r\n" +
            "country:CHN,China,Country,CHN,,,2,2,2014-04-20,2014-05-01\r\n" +
            "country:PRK,North Korea,Country,PRK,,,4,3,2014-04-20,2014-05-01\r\n" +
            "country:RUS,Russia,Country,RUS,,,1,1,,\r\n"));
        var rows = CsvGraphWriter.EdgesToString(graph).Split("\r\n");
        Assert.That(rows[1], Does.StartWith("country:PRK,country:CHN,Directed,e0,SANCTION,1.3,interaction,SANCTION,false,2,0.8,2014-04-20,2014-05-01,-4.5,4,163,\"[{"));
        Assert.That(rows[1], Does.Contain("\"\"confidence\"\":0.8,\"\"date\"\":\"\"2014-05-01\"\",\"\"goldstein\"\":-4,\"\"quad_class\"\":4,\"\"cameo\"\":\"\"163\"\"}"));
        Assert.That(rows[2], Does.StartWith("country:PRK,country:RUS,Directed,e1,co-mention,0.1,co-mention,,false,1,0.1,,,,,,\"[{"));
    }
}
