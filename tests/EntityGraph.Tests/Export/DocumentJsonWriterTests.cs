using System.Text;
using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Knowledge;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace EntityGraph.Tests.Export;

public class DocumentJsonWriterTests
{
    // Offsets worked out by hand (UTF-16 units; the emoji is a surrogate pair, two units):
    //   "Kim" [0,3)  😀 [4,6)  '"' at 12 and 15  '\n' at 17
    //   sentence 1 "North Korea cut trade with China." [18,51): "North Korea" [18,29), "China" [45,50)
    private const string Text = "Kim \U0001F600 said \"no\".\nNorth Korea cut trade with China.";

    private static Mention M(int start, int end, EntityType type) =>
        new(TextSpan.FromBounds(start, end), 0, 1, type, 1.0, "test");

    private static Document HandMade(string? id = "doc-1") =>
        Document.Create(Text, id)
            .WithTokens([], [new Sentence(0, 0, TextSpan.FromBounds(0, 17)), new Sentence(0, 0, TextSpan.FromBounds(18, 51))])
            .WithMentions([])
            .WithEntities(
            [
                new Entity("person:Kim", "Kim \U0001F600", EntityType.Person, null, "PRK", ["Kim"], [M(0, 3, EntityType.Person)]),
                new Entity("country:PRK", "North Korea", EntityType.Country, "PRK", null, ["North Korea"], [M(18, 29, EntityType.Country)]),
                new Entity("country:CHN", "China", EntityType.Country, "CHN", null, ["China"], [M(45, 50, EntityType.Country)]),
                new Entity("org:UN", "United Nations", EntityType.Organization, null, null, [], []) { Kind = OrganizationKind.Igo },
            ])
            .WithRelations(
            [
                new Relation("country:PRK", "country:CHN", "interaction", 0.8,
                    new Evidence(id, 1, TextSpan.FromBounds(18, 50), "North Korea cut trade with China."))
                {
                    Category = "SANCTION", Cameo = "163", QuadClass = 4, Goldstein = -8.0,
                },
                new Relation("person:Kim", "country:PRK", "co-mention", 0.25,
                    new Evidence(id, 0, TextSpan.FromBounds(0, 3), "Kim \U0001F600 said \"no\".")) { Negated = true },
            ]);

    private static JObject Parse(string json) =>
        JObject.Parse(json, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });

    private static string[] Keys(JToken token) => ((JObject)token).Properties().Select(p => p.Name).ToArray();

    [Test]
    public void Writes_one_line_with_keys_in_the_documented_order_and_nulls_left_out()
    {
        string json = DocumentJsonWriter.WriteToString(HandMade());

        Assert.That(json, Does.Not.Contain("\n").And.Not.Contain("\r").And.Not.Contain(": "));
        var root = Parse(json);
        Assert.That(Keys(root), Is.EqualTo(new[] { "id", "entities", "relations" }));
        Assert.That((string?)root["id"], Is.EqualTo("doc-1"));

        var entities = (JArray)root["entities"]!;
        Assert.That(entities, Has.Count.EqualTo(4));
        Assert.That(Keys(entities[0]), Is.EqualTo(new[] { "id", "name", "type", "country", "aliases", "mentions" }));
        Assert.That(Keys(entities[1]), Is.EqualTo(new[] { "id", "name", "type", "iso3", "aliases", "mentions" }));
        Assert.That(Keys(entities[3]), Is.EqualTo(new[] { "id", "name", "type", "kind", "aliases", "mentions" }));

        var relations = (JArray)root["relations"]!;
        Assert.That(Keys(relations[0]), Is.EqualTo(new[]
            { "source", "target", "type", "category", "cameo", "quadClass", "goldstein", "confidence", "negated", "evidence" }));
        Assert.That(Keys(relations[1]), Is.EqualTo(new[] { "source", "target", "type", "confidence", "negated", "evidence" }));
        Assert.That(Keys(relations[0]["evidence"]!), Is.EqualTo(new[] { "sentence", "start", "end", "text" }));
        Assert.That(Keys(entities[1]["mentions"]![0]!), Is.EqualTo(new[] { "start", "end", "text" }));
    }

    [Test]
    public void Field_values_match_the_document()
    {
        var root = Parse(DocumentJsonWriter.WriteToString(HandMade()));
        var entities = (JArray)root["entities"]!;

        var kim = entities[0];
        Assert.That((string?)kim["id"], Is.EqualTo("person:Kim"));
        Assert.That((string?)kim["name"], Is.EqualTo("Kim \U0001F600"));
        Assert.That((string?)kim["type"], Is.EqualTo("Person"));
        Assert.That((string?)kim["country"], Is.EqualTo("PRK"));
        var prk = entities[1];
        Assert.That((string?)prk["type"], Is.EqualTo("Country"));
        Assert.That((string?)prk["iso3"], Is.EqualTo("PRK"));
        Assert.That(prk["aliases"]!.Values<string>(), Is.EqualTo(new[] { "North Korea" }));
        var mention = prk["mentions"]![0]!;
        Assert.That(((int)mention["start"]!, (int)mention["end"]!, (string?)mention["text"]), Is.EqualTo((18, 29, "North Korea")));
        var china = entities[2]["mentions"]![0]!;
        Assert.That(((int)china["start"]!, (int)china["end"]!, (string?)china["text"]), Is.EqualTo((45, 50, "China")));
        Assert.That((string?)entities[3]["kind"], Is.EqualTo("Igo"));
        Assert.That((string?)entities[3]["type"], Is.EqualTo("Organization"));
        Assert.That(entities[3]["mentions"], Is.Empty);

        var sanction = root["relations"]![0]!;
        Assert.That((string?)sanction["source"], Is.EqualTo("country:PRK"));
        Assert.That((string?)sanction["target"], Is.EqualTo("country:CHN"));
        Assert.That((string?)sanction["type"], Is.EqualTo("interaction"));
        Assert.That((string?)sanction["category"], Is.EqualTo("SANCTION"));
        Assert.That(sanction["cameo"]!.Type, Is.EqualTo(JTokenType.String), "CAMEO codes are strings: 010 is not 10");
        Assert.That((string?)sanction["cameo"], Is.EqualTo("163"));
        Assert.That((int)sanction["quadClass"]!, Is.EqualTo(4));
        Assert.That((double)sanction["goldstein"]!, Is.EqualTo(-8.0));
        Assert.That((double)sanction["confidence"]!, Is.EqualTo(0.8));
        Assert.That(sanction["negated"]!.Type, Is.EqualTo(JTokenType.Boolean));
        Assert.That((bool)sanction["negated"]!, Is.False);
        var evidence = sanction["evidence"]!;
        Assert.That((int)evidence["sentence"]!, Is.EqualTo(1));
        Assert.That(((int)evidence["start"]!, (int)evidence["end"]!), Is.EqualTo((18, 50)));
        Assert.That((string?)evidence["text"], Is.EqualTo("North Korea cut trade with China"));

        var coMention = root["relations"]![1]!;
        Assert.That((bool)coMention["negated"]!, Is.True);
        Assert.That((double)coMention["confidence"]!, Is.EqualTo(0.25));
    }

    [Test]
    public void Every_span_text_is_the_document_text_between_start_and_end()
    {
        var root = Parse(DocumentJsonWriter.WriteToString(HandMade()));
        var spans = root.SelectTokens("$.entities[*].mentions[*]").Concat(root.SelectTokens("$.relations[*].evidence")).ToList();
        Assert.That(spans, Has.Count.EqualTo(5));
        foreach (var span in spans)
        {
            int start = (int)span["start"]!, end = (int)span["end"]!;
            Assert.That((string?)span["text"], Is.EqualTo(Text[start..end]));
        }
    }

    [Test]
    public void An_id_given_by_the_caller_is_written_as_given_and_a_missing_id_is_left_out()
    {
        var numeric = Parse(DocumentJsonWriter.WriteToString(HandMade(), new JValue(7)));
        Assert.That(numeric["id"]!.Type, Is.EqualTo(JTokenType.Integer));
        Assert.That((int)numeric["id"]!, Is.EqualTo(7));

        var none = Parse(DocumentJsonWriter.WriteToString(HandMade(id: null)));
        Assert.That(Keys(none), Is.EqualTo(new[] { "entities", "relations" }));
    }

    [Test]
    public void An_empty_document_is_an_object_with_empty_arrays()
    {
        Assert.That(DocumentJsonWriter.WriteToString(Document.Create("", "e")),
            Is.EqualTo("{\"id\":\"e\",\"entities\":[],\"relations\":[]}"));
    }

    [Test]
    public void Quotes_controls_and_non_ASCII_survive_a_UTF8_round_trip()
    {
        const string name = "Q\"\\\t\u0001\u2028é北\U0001F600"; // 10 UTF-16 units: the emoji is two
        var json = WriteUtf8(SingleEntity(name));

        Assert.That(json, Does.Contain("é北\U0001F600"), "non-ASCII is written as is, not escaped");
        Assert.That(json, Does.Contain("\\u0001"), "control characters are escaped");
        var entity = Parse(json)["entities"]![0]!;
        Assert.That((string?)entity["id"], Is.EqualTo("misc:" + name));
        Assert.That((string?)entity["name"], Is.EqualTo(name));
        Assert.That(entity["aliases"]!.Values<string>(), Is.EqualTo(new[] { name }));
        Assert.That((string?)entity["mentions"]![0]!["text"], Is.EqualTo(name));
        Assert.That((int)entity["mentions"]![0]!["end"]!, Is.EqualTo(10));
    }

    [Test]
    public void Unpaired_surrogates_are_escaped_rather_than_replaced_by_the_encoder()
    {
        // A UTF-8 encoder would turn each into U+FFFD; as \u escapes a reader that keeps them (Python's
        // json) gets the text back exactly. (Newtonsoft itself reads them as U+FFFD, so compare the raw text.)
        const string name = "a\uD800x\uDC00\U0001F600\uDBFF";
        var json = WriteUtf8(SingleEntity(name));

        Assert.That(json, Does.Not.Contain("\uFFFD"));
        Assert.That(json, Does.Contain("\"name\":\"a\\ud800x\\udc00\U0001F600\\udbff\""));
        Assert.That((int)Parse(json)["entities"]![0]!["mentions"]![0]!["end"]!, Is.EqualTo(7));
    }

    private static Document SingleEntity(string name) =>
        Document.Create(name, "u").WithTokens([], []).WithMentions([]).WithEntities(
            [new Entity("misc:" + name, name, EntityType.Misc, null, null, [name], [M(0, name.Length, EntityType.Misc)])]);

    private static string WriteUtf8(Document doc)
    {
        var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(false), leaveOpen: true))
            DocumentJsonWriter.Write(doc, writer);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [Test]
    public void Output_is_the_same_on_a_second_run_and_through_every_overload()
    {
        var doc = HandMade();
        string first = DocumentJsonWriter.WriteToString(doc);
        var sw = new StringWriter();
        using (var json = DocumentJsonWriter.CreateWriter(sw))
        {
            DocumentJsonWriter.Write(doc, json);
            DocumentJsonWriter.Write(doc, json);
        }
        Assert.That(sw.ToString(), Is.EqualTo(first + first));
    }
}
