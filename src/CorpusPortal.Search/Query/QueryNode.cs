namespace CorpusPortal.Search.Query;

/// <summary>A parsed query: words, phrases, prefixes and archival units, combined with AND, OR and NOT.</summary>
public abstract record QueryNode;

/// <summary>A word as typed (it may analyse into several words: <c>Azerbaycan-Türkiye</c> is a phrase of two).</summary>
public sealed record WordNode(string Text) : QueryNode;

public sealed record PhraseNode(string Text) : QueryNode;

/// <summary><c>köp*</c>: words starting with <see cref="Prefix"/>.</summary>
public sealed record PrefixNode(string Prefix) : QueryNode;

/// <summary>An archival unit in normal form: <c>30-18-1-2/681-182-10</c>.</summary>
public sealed record ArchivalUnitNode(string Unit) : QueryNode;

/// <summary>Every child is required: <c>a AND b</c>, or words that are all required (<c>+a +b</c>, phrases).</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>
/// Words side by side without operators: passages with all of them rank first, then those with most of them. Children
/// wrapped in <see cref="RequiredNode"/>, phrases and exclusions (<see cref="NotNode"/>) still require or exclude.
/// </summary>
public sealed record RankedNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>A part of a <see cref="RankedNode"/> every passage must have: <c>+word</c>, or a side of <c>AND</c>.</summary>
public sealed record RequiredNode(QueryNode Child) : QueryNode;

public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

public sealed record NotNode(QueryNode Child) : QueryNode;

/// <summary>
/// Every passage the filters let through: the query of bibliographic filters alone (<c>author:deneme</c>,
/// <c>title:karabağ</c>), where the reader asks for a document's passages rather than for words.
/// </summary>
public sealed record EverythingNode : QueryNode;
