using System.Xml;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// The OAI-PMH 2.0 repository over one <see cref="OaiCatalog"/>: the six verbs, <c>oai_dc</c> records, sets by kind
/// and language, selective harvesting by datestamp, lists in pages of <paramref name="pageSize"/> continued by
/// resumption tokens, deleted records kept (persistent), and every error condition as the protocol names it.
/// </summary>
public sealed class OaiRepository(OaiCatalog catalog, ResumptionTokens tokens, OaiIdentity identity, DateTimeOffset now, int pageSize = OaiRepository.PageSize)
{
    public const int PageSize = 100;

    private static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new System.Text.UTF8Encoding(false) };

    public byte[] Answer(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> arguments)
    {
        var (request, invalid) = OaiRequest.Parse(arguments);
        if (request is null)
        {
            return Respond(null, _ => Error(_, invalid!));
        }
        var error = Check(request);
        ListPosition? position = null;
        if (error is null && request.Verb is OaiRequest.ListIdentifiers or OaiRequest.ListRecords)
        {
            (position, error) = Position(request);
        }
        return Respond(error is { HidesArguments: true } ? null : request, xml =>
        {
            var failure = error ?? request.Verb switch
            {
                OaiRequest.Identify => Identify(xml),
                OaiRequest.ListMetadataFormats => ListMetadataFormats(xml),
                OaiRequest.ListSets => ListSets(xml),
                OaiRequest.GetRecord => GetRecord(xml, request),
                _ => List(xml, request, position!),
            };
            if (failure is not null)
            {
                Error(xml, failure);
            }
        });
    }

    /// <summary>The errors a request's arguments give before any record is looked at.</summary>
    private OaiError? Check(OaiRequest request)
    {
        if (request.Verb == OaiRequest.ListSets && request["resumptionToken"] is not null)
        {
            return new(OaiError.BadResumptionToken, "the set list is never split, so it has no resumption tokens");
        }
        if (request["identifier"] is { } identifier && (identity.IdOf(identifier) is not { } id || catalog.Find(id) is null))
        {
            return new(OaiError.IdDoesNotExist, $"'{identifier}' is not an identifier of this repository (they read oai:{identity.Host}:<document id>)");
        }
        if (request["metadataPrefix"] is { } prefix && prefix != OaiDublinCore.Prefix)
        {
            return new(OaiError.CannotDisseminateFormat, $"records are given as {OaiDublinCore.Prefix}, not '{prefix}'");
        }
        return null;
    }

    private OaiError? Identify(XmlWriter xml)
    {
        xml.WriteStartElement("Identify", OaiXml.Namespace);
        xml.WriteElementString("repositoryName", OaiXml.Namespace, identity.RepositoryName);
        xml.WriteElementString("baseURL", OaiXml.Namespace, identity.BaseUrl);
        xml.WriteElementString("protocolVersion", OaiXml.Namespace, "2.0");
        xml.WriteElementString("adminEmail", OaiXml.Namespace, identity.AdminEmail);
        xml.WriteElementString("earliestDatestamp", OaiXml.Namespace, OaiDates.Format(catalog.Earliest));
        // Every unpublished document stays in the version history, so its deletion is known for good.
        xml.WriteElementString("deletedRecord", OaiXml.Namespace, "persistent");
        xml.WriteElementString("granularity", OaiXml.Namespace, "YYYY-MM-DDThh:mm:ssZ");
        if (identity.HasDomainName)
        {
            xml.WriteStartElement("description", OaiXml.Namespace);
            xml.WriteStartElement("oai-identifier", OaiXml.IdentifierNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", OaiXml.Instance, $"{OaiXml.IdentifierNamespace} {OaiXml.IdentifierSchema}");
            xml.WriteElementString("scheme", OaiXml.IdentifierNamespace, "oai");
            xml.WriteElementString("repositoryIdentifier", OaiXml.IdentifierNamespace, identity.Host);
            xml.WriteElementString("delimiter", OaiXml.IdentifierNamespace, ":");
            xml.WriteElementString("sampleIdentifier", OaiXml.IdentifierNamespace, identity.IdentifierOf(catalog.Items.FirstOrDefault()?.Id ?? "000_0123456789abcdef"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private static OaiError? ListMetadataFormats(XmlWriter xml)
    {
        xml.WriteStartElement("ListMetadataFormats", OaiXml.Namespace);
        xml.WriteStartElement("metadataFormat", OaiXml.Namespace);
        xml.WriteElementString("metadataPrefix", OaiXml.Namespace, OaiDublinCore.Prefix);
        xml.WriteElementString("schema", OaiXml.Namespace, OaiDublinCore.Schema);
        xml.WriteElementString("metadataNamespace", OaiXml.Namespace, OaiDublinCore.Namespace);
        xml.WriteEndElement();
        xml.WriteEndElement();
        return null;
    }

    private OaiError? ListSets(XmlWriter xml)
    {
        xml.WriteStartElement("ListSets", OaiXml.Namespace);
        foreach (var set in OaiSets.Listed(catalog.Items))
        {
            xml.WriteStartElement("set", OaiXml.Namespace);
            xml.WriteElementString("setSpec", OaiXml.Namespace, set.Spec);
            xml.WriteElementString("setName", OaiXml.Namespace, set.Name);
            // The Turkish name, as Dublin Core with its language, in the set's description.
            xml.WriteStartElement("setDescription", OaiXml.Namespace);
            xml.WriteStartElement(OaiDublinCore.Prefix, "dc", OaiDublinCore.Namespace);
            xml.WriteAttributeString("xmlns", "dc", null, OaiDublinCore.Elements);
            xml.WriteAttributeString("xsi", "schemaLocation", OaiXml.Instance, $"{OaiDublinCore.Namespace} {OaiDublinCore.Schema}");
            foreach (var (language, name) in new[] { ("en", set.Name), ("tr", set.NameTr) })
            {
                xml.WriteStartElement("dc", "title", OaiDublinCore.Elements);
                xml.WriteAttributeString("xml", "lang", null, language);
                xml.WriteString(name);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private OaiError? GetRecord(XmlWriter xml, OaiRequest request)
    {
        var item = catalog.Find(identity.IdOf(request["identifier"]!)!)!;
        xml.WriteStartElement("GetRecord", OaiXml.Namespace);
        Record(xml, item);
        xml.WriteEndElement();
        return null;
    }

    /// <summary>ListIdentifiers and ListRecords: one page of the matching items, and where the next begins.</summary>
    private OaiError? List(XmlWriter xml, OaiRequest request, ListPosition position)
    {
        var set = position.Set;
        var from = position.From is null ? (DateTimeOffset?)null : OaiDates.Parse(position.From)!.Value.First;
        var until = position.Until is null ? (DateTimeOffset?)null : OaiDates.Parse(position.Until)!.Value.Last;
        bool Matches(OaiItem item) => (set is null || item.InSet(set)) && (from is null || item.Datestamp >= from) && (until is null || item.Datestamp <= until);

        var page = new List<OaiItem>(pageSize);
        var start = catalog.After(position.After.Length == 0 ? null : position.After);
        var next = start;
        for (; next < catalog.Items.Count && page.Count < pageSize; next++)
        {
            if (Matches(catalog.Items[next]))
            {
                page.Add(catalog.Items[next]);
            }
        }
        var more = false;
        for (var i = next; i < catalog.Items.Count && !more; i++)
        {
            more = Matches(catalog.Items[i]);
        }
        var firstPage = request["resumptionToken"] is null;
        if (page.Count == 0 && firstPage)
        {
            return new(OaiError.NoRecordsMatch, "no record matches the set and dates asked for");
        }
        var total = firstPage ? catalog.Items.Count(Matches) : position.CompleteListSize;
        xml.WriteStartElement(request.Verb, OaiXml.Namespace);
        foreach (var item in page)
        {
            if (request.Verb == OaiRequest.ListRecords)
            {
                Record(xml, item);
            }
            else
            {
                Header(xml, item);
            }
        }
        if (more || !firstPage)
        {
            xml.WriteStartElement("resumptionToken", OaiXml.Namespace);
            xml.WriteAttributeString("completeListSize", Math.Max(total, position.Cursor + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", position.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (more)
            {
                var (token, expires) = tokens.Issue(position with { After = page[^1].Id, Cursor = position.Cursor + page.Count, CompleteListSize = total });
                xml.WriteAttributeString("expirationDate", OaiDates.Format(expires));
                xml.WriteString(token);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    /// <summary>Where a list starts: from its resumption token, or from the arguments of its first request.</summary>
    private (ListPosition? Position, OaiError? Error) Position(OaiRequest request)
    {
        if (request["resumptionToken"] is { } token)
        {
            var (resumed, problem) = tokens.Read(token);
            return resumed is null ? (null, new(OaiError.BadResumptionToken, problem!))
                : resumed.Verb != request.Verb ? (null, new(OaiError.BadResumptionToken, $"the resumption token continues {resumed.Verb}, not {request.Verb}"))
                : (resumed, null);
        }
        var from = request["from"];
        var until = request["until"];
        var parsedFrom = from is null ? null : OaiDates.Parse(from);
        var parsedUntil = until is null ? null : OaiDates.Parse(until);
        if (from is not null && parsedFrom is null)
        {
            return (null, new(OaiError.BadArgument, $"from '{from}' is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)"));
        }
        if (until is not null && parsedUntil is null)
        {
            return (null, new(OaiError.BadArgument, $"until '{until}' is not a UTC date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)"));
        }
        if (parsedFrom is { } f && parsedUntil is { } u)
        {
            if (f.Day != u.Day)
            {
                return (null, new(OaiError.BadArgument, "from and until must be given to the same granularity (both days or both seconds)"));
            }
            if (f.First > u.Last)
            {
                return (null, new(OaiError.BadArgument, $"from ({from}) comes after until ({until})"));
            }
        }
        if (request["set"] is { } set && !ValidSetSpec(set))
        {
            return (null, new(OaiError.BadArgument, $"'{set}' is not a set spec"));
        }
        return (new ListPosition(request.Verb, request["metadataPrefix"]!, request["set"], from, until, "", 0, 0), null);
    }

    private static bool ValidSetSpec(string spec) =>
        spec.Split(':').All(part => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || "-_.!~*'()".Contains(c, StringComparison.Ordinal)));

    private void Record(XmlWriter xml, OaiItem item)
    {
        xml.WriteStartElement("record", OaiXml.Namespace);
        Header(xml, item);
        if (item.Document is { } document)
        {
            xml.WriteStartElement("metadata", OaiXml.Namespace);
            OaiDublinCore.Write(xml, document, identity.PortalBase);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private void Header(XmlWriter xml, OaiItem item)
    {
        xml.WriteStartElement("header", OaiXml.Namespace);
        if (item.Deleted)
        {
            xml.WriteAttributeString("status", "deleted");
        }
        xml.WriteElementString("identifier", OaiXml.Namespace, identity.IdentifierOf(item.Id));
        xml.WriteElementString("datestamp", OaiXml.Namespace, OaiDates.Format(item.Datestamp));
        foreach (var set in item.Sets)
        {
            xml.WriteElementString("setSpec", OaiXml.Namespace, set);
        }
        xml.WriteEndElement();
    }

    private static void Error(XmlWriter xml, OaiError error)
    {
        xml.WriteStartElement("error", OaiXml.Namespace);
        xml.WriteAttributeString("code", error.Code);
        xml.WriteString(error.Message);
        xml.WriteEndElement();
    }

    /// <summary>The envelope: the response date, the request (its arguments unless they were bad), then the body.</summary>
    private byte[] Respond(OaiRequest? request, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("OAI-PMH", OaiXml.Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, OaiXml.Instance);
            xml.WriteAttributeString("xsi", "schemaLocation", OaiXml.Instance, $"{OaiXml.Namespace} {OaiXml.Schema}");
            xml.WriteElementString("responseDate", OaiXml.Namespace, OaiDates.Format(now));
            xml.WriteStartElement("request", OaiXml.Namespace);
            if (request is not null)
            {
                xml.WriteAttributeString("verb", request.Verb);
                foreach (var (name, value) in request.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    xml.WriteAttributeString(name, OaiXml.Clean(value));
                }
            }
            xml.WriteString(identity.BaseUrl);
            xml.WriteEndElement();
            body(xml);
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }
}
