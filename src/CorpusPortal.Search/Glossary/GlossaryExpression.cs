namespace CorpusPortal.Search.Glossary;

/// <summary>One expression of a glossary entry: a name or a term in one language (<c>tr</c>: Karabağ, <c>en</c>: Karabakh).</summary>
public sealed record GlossaryExpression(string Language, string Text);
