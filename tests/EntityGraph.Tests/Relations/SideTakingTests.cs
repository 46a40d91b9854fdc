using EntityGraph.Documents;
using EntityGraph.Relations;
using NUnit.Framework;

namespace EntityGraph.Tests.Relations;

/// <summary>
/// Taking a side ("taking sides with", "sided with", "aligned with", "stood with") is backing: CAMEO 050
/// (engage in diplomatic cooperation, PETRARCH's own code for SIDE WITH) → PLOVER SUPPORT, quad class 1,
/// from the one who takes the side to the one backed.
/// "taking" alone is in PETRARCH's APPREHEND block (seize, 171), which is what coded the seed sentence before.
/// </summary>
public class SideTakingTests
{
    private static readonly Pipeline Events = new PipelineBuilder().AddRelationExtractor(new EventExtractor()).Build();

    private static List<(string? Src, string? Tgt, Relation R)> Run(Document doc)
    {
        var byId = doc.Entities.ToDictionary(e => e.Id);
        return doc.Relations.Select(r => (ActorCodes.Of(byId[r.Source]), ActorCodes.Of(byId[r.Target]), r)).ToList();
    }

    [TestCase("Poland is taking sides with Ukraine.", "POL", "UKR")]
    [TestCase("Hungary sided with Russia on Tuesday.", "HUN", "RUS")]
    [TestCase("Egypt has aligned with Saudi Arabia.", "EGY", "SAU")]
    [TestCase("Canada stood with Denmark.", "CAN", "DNK")]
    [TestCase("Belarus sides with Russia.", "BLR", "RUS")]
    [TestCase("Serbia took sides with Russia.", "SRB", "RUS")]
    public void Taking_a_side_is_support(string text, string source, string target)
    {
        var rels = Run(Events.Process(text, "t"));
        Assert.That(rels.Select(x => (x.Src, x.Tgt, x.R.Category, x.R.Cameo)),
            Is.EqualTo(new[] { ((string?)source, (string?)target, (string?)"SUPPORT", (string?)"050") }));
        Assert.That(rels[0].R.QuadClass, Is.EqualTo(1));
    }

    [Test]
    public void Standing_somewhere_with_a_loose_with_is_not_support()
    {
        var rels = Run(Events.Process("Soldiers from Turkey stood at the border with Syria.", "t"));
        Assert.That(rels.Where(x => x.R.Category == "SUPPORT"), Is.Empty);
    }

    [Test]
    public void Seed_china_takes_sides_with_the_us()
    {
        var doc = Pipeline.CreateDefault().Process(
            File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", "000_935a3fb69f6add80.txt")), "seed");
        var rels = Run(doc);
        var support = rels.Where(x => x.Src == "CHN" && x.Tgt == "USA" && x.R.Category == "SUPPORT").ToList();
        Assert.That(support, Is.Not.Empty);
        Assert.That(support[0].R.Cameo, Is.EqualTo("050"));
        Assert.That(support[0].R.Evidence.SentenceText, Does.Contain("by taking sides with the US"));
        Assert.That(doc.Text, Does.Contain(support[0].R.Evidence.SentenceText));
        Assert.That(doc.TextOf(support[0].R.Evidence.Span), Does.Contain("taking sides with the US"));
        // The old reading (seize or damage property) is gone.
        Assert.That(rels.Where(x => x.Src == "CHN" && x.Tgt == "USA" && x.R.Cameo == "171"), Is.Empty);
    }
}
