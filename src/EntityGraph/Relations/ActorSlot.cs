using EntityGraph.Documents;

namespace EntityGraph.Relations;

/// <summary>
/// A stretch of tokens that can fill a source or target slot: a mention of an actor entity, or a
/// first-person plural pronoun inside a quotation standing for the quotation's speaker.
/// </summary>
/// <param name="FirstToken">First token (document index).</param>
/// <param name="EndToken">Just past the last token.</param>
/// <param name="Entity">The entity that acts or is acted upon.</param>
/// <param name="Pronoun">Whether the slot is a pronoun resolved to a speaker ("our" in a party lecture).</param>
/// <param name="Metonymy">Whether the resolver marked the mention as standing for its country.</param>
/// <param name="Nationality">Whether the mention is a nationality word ("Bosnian"), whatever entity it resolved to.</param>
internal readonly record struct ActorSlot(int FirstToken, int EndToken, Entity Entity, bool Pronoun, bool Metonymy = false, bool Nationality = false);
