using EntityGraph.Graphs;
using EntityGraph.Graphs.Queries;
using NUnit.Framework;
using static EntityGraph.Tests.Graphs.Queries.QueryWorld;

namespace EntityGraph.Tests.Graphs.Queries;

public class GraphQueryFindTests
{
    private static readonly EntityRelationGraph World = Build();

    [TestCase("DPRK")]
    [TestCase("North Korean")]
    [TestCase("north korea")]
    [TestCase("  North \t  Korea ")]
    [TestCase("country:prk")]
    [TestCase("PRK")]
    [TestCase("North-Korea")] // no exact key; the loose key "northkorea" matches "North Korea"
    public void Every_name_of_an_entity_finds_it(string name)
    {
        Assert.That(World.Query().Find(name).Select(n => n.Id), Is.EqualTo(new[] { Prk }));
    }

    // The articles of World never wrote these; the knowledge base knows them as names of North Korea, Russia
    // and China (a demonym too), and of no other entity.
    [TestCase("Democratic People's Republic of Korea", Prk)]
    [TestCase("D.P.R.K.", Prk)]
    [TestCase("Russian Federation", Rus)]
    [TestCase("Chinese", Chn)]
    public void A_name_no_article_used_is_found_through_the_knowledge_base(string name, string id)
    {
        Assert.That(World.Query().Find(name).Select(n => n.Id), Is.EqualTo(new[] { id }));
    }

    [Test]
    public void The_knowledge_base_only_points_at_nodes_the_graph_has()
    {
        // Xi Jinping is in the knowledge base but in no document of World.
        Assert.That(World.Query().Find("Xi Jinping"), Is.Empty);
        Assert.That(World.Query().Find("Vladimir Putin"), Is.Empty);
    }

    [Test]
    public void Punctuation_is_ignored_only_when_the_exact_name_is_unknown()
    {
        // "u.s" is not a name; its loose key "us" is the key of both "US" and "U.S.".
        Assert.That(World.Query().FindBest("u.s")?.Id, Is.EqualTo(Usa));
        Assert.That(World.Query().FindBest("U.S.")?.Id, Is.EqualTo(Usa));
    }

    [Test]
    public void An_ambiguous_name_lists_every_candidate_most_mentioned_first()
    {
        // "Korea" is an alias of North Korea (10 mentions) and of South Korea (3).
        var found = World.Query().Find("korea");
        Assert.That(found.Select(n => n.Id), Is.EqualTo(new[] { Prk, Kor }));
        Assert.That(World.Query().FindBest("Korea")!.Id, Is.EqualTo(Prk));
    }

    [Test]
    public void An_unknown_name_finds_nothing_but_close_names_are_suggested()
    {
        var query = World.Query();
        Assert.That(query.Find("Atlantis"), Is.Empty);
        Assert.That(query.FindBest(""), Is.Null);
        // "chna" is one edit from "china" and from "chn" (China's ISO-3 code), nothing else is that close.
        Assert.That(query.Suggest("Chna").Select(n => n.Id), Is.EqualTo(new[] { Chn }));
        // "kore" is inside "korea", "northkorea", "northkorean" and "southkorea": both Koreas, North first (more mentions).
        Assert.That(query.Suggest("Kore").Select(n => n.Id), Is.EqualTo(new[] { Prk, Kor }));
        Assert.That(query.Suggest("zzzzzz"), Is.Empty);
    }

    [Test]
    public void The_query_of_a_graph_is_one_shared_instance_and_safe_to_use_from_many_threads()
    {
        var graph = Build();
        Assert.That(graph.Query(), Is.SameAs(graph.Query()));
        var results = new string?[64];
        Parallel.For(0, results.Length, i => results[i] = graph.Query().FindBest(i % 2 == 0 ? "DPRK" : "China")?.Id);
        Assert.That(results.Where((_, i) => i % 2 == 0), Is.All.EqualTo(Prk));
        Assert.That(results.Where((_, i) => i % 2 == 1), Is.All.EqualTo(Chn));
    }

    [Test]
    public void A_node_of_another_graph_is_refused_even_with_the_same_id()
    {
        var other = Build();
        var ex = Assert.Throws<ArgumentException>(() => World.Query().Ties(other.Node(Prk)));
        Assert.That(ex!.Message, Does.Contain(Prk));
    }
}
