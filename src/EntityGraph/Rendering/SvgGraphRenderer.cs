using System.Globalization;
using System.Text;
using System.Xml;
using EntityGraph.Documents;
using EntityGraph.Export;
using EntityGraph.Graphs;

namespace EntityGraph.Rendering;

/// <summary>
/// Draws an <see cref="EntityRelationGraph"/> as a standalone SVG picture: a deterministic force layout
/// (<see cref="ForceLayout"/>), nodes coloured by entity type and sized by mention count, edges coloured by
/// tone (<see cref="EdgeTones"/>: green cooperation, red conflict, grey structural ties and co-mentions),
/// as wide as their weight, with arrowheads for direction; labels with a white halo for the biggest nodes;
/// a title that says what was left out, and a legend for the types and tones present. Every node and edge
/// carries a <c>&lt;title&gt;</c>, which browsers show on hover.
/// </summary>
/// <remarks>
/// Same graph and options, same bytes. All graph edges between one pair of nodes in one direction are merged
/// into one line (see the line's tooltip for its parts); when a pair has lines in both directions, or a
/// co-mention beside a directed relation, the directed lines are drawn as slight curves so none hides
/// another. Characters XML cannot carry are removed from names. Stateless and thread-safe.
/// </remarks>
public static class SvgGraphRenderer
{
    /// <summary>The SVG namespace.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    private const double TitleBand = 70, LegendBand = 64, Margin = 24;

    /// <summary>Writes the picture as UTF-8 (no byte order mark) to <paramref name="stream"/>, which stays open.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static void Write(EntityRelationGraph graph, Stream stream, SvgRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var scene = Scene.Build(graph, options ?? SvgRenderOptions.Default);
        using var xml = XmlWriter.Create(stream, Settings(new UTF8Encoding(false)));
        scene.Write(xml);
    }

    /// <summary>Writes the picture to <paramref name="writer"/>, which stays open.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static void Write(EntityRelationGraph graph, TextWriter writer, SvgRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var scene = Scene.Build(graph, options ?? SvgRenderOptions.Default);
        using var xml = XmlWriter.Create(writer, Settings(writer.Encoding));
        scene.Write(xml);
    }

    /// <summary>The picture as a string.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static string WriteToString(EntityRelationGraph graph, SvgRenderOptions? options = null)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(graph, sw, options);
        return sw.ToString();
    }

    private static XmlWriterSettings Settings(Encoding encoding) => new()
    {
        Encoding = encoding,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>Everything computed before writing: selection, positions, sizes, lines and labels.</summary>
    private sealed class Scene
    {
        private readonly SvgRenderOptions _options;
        private readonly RenderSelection _selection;
        private readonly double[] _x, _y, _radius, _fontSize;
        private readonly List<DrawnEdge> _lines;
        private readonly LabelPlacer.Placement?[] _labels;
        private readonly double _scale; // size factor relative to a 1600 × 1200 picture
        private readonly double _text; // the same for text, which must stay readable on small pictures
        private readonly int _documents;

        private Scene(SvgRenderOptions options, RenderSelection selection, double[] x, double[] y, double[] radius,
            double[] fontSize, List<DrawnEdge> lines, LabelPlacer.Placement?[] labels, double scale, int documents)
        {
            _documents = documents;
            _options = options;
            _selection = selection;
            _x = x;
            _y = y;
            _radius = radius;
            _fontSize = fontSize;
            _lines = lines;
            _labels = labels;
            _scale = scale;
            _text = TextScale(scale);
        }

        // Text shrinks more slowly than the drawing (square root), and never below 75 %: at half size a
        // 1600 × 1200 picture's 11-pixel labels would otherwise become unreadable 5.5-pixel ones.
        private static double TextScale(double scale) => Math.Max(0.75, Math.Sqrt(scale));

        public static Scene Build(EntityRelationGraph graph, SvgRenderOptions options)
        {
            options.Validate();
            var selection = RenderSelection.Select(graph, options);
            var nodes = selection.Nodes;
            int n = nodes.Count;
            double scale = Math.Clamp(Math.Min(options.Width / 1600.0, options.Height / 1200.0), 0.4, 4);

            var index = new Dictionary<GraphNode, int>(n, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < n; i++) index.Add(nodes[i], i);
            var lines = DrawnEdge.Group(selection.Edges, index);

            // Node size by mention count (area grows with mentions), relative to the most mentioned node.
            int maxMentions = n == 0 ? 0 : nodes.Max(v => v.MentionCount);
            // Crowded pictures get smaller circles, or the nodes would hide the lines between them.
            double crowding = Math.Clamp(Math.Sqrt(150.0 / Math.Max(1, n)), 0.35, 1);
            double rMin = 5 * scale * Math.Max(crowding, 0.6), rMax = 26 * scale * crowding;
            var radius = new double[n];
            var fontSize = new double[n];
            for (int i = 0; i < n; i++)
            {
                double share = maxMentions > 0 ? Math.Sqrt(Math.Max(0, nodes[i].MentionCount) / (double)maxMentions) : 0;
                radius[i] = rMin + (rMax - rMin) * share;
                fontSize[i] = (11 + 7 * share) * TextScale(scale);
            }

            // Fit the layout into the free area between the title and the legend, keeping its proportions.
            double left = Margin * scale + rMax, right = options.Width - Margin * scale - rMax;
            double text = TextScale(scale);
            double top = TitleBand * text + rMax, bottom = options.Height - LegendBand * text - rMax;
            var points = ForceLayout.Compute(n, lines.Select(l => new LayoutEdge(l.From, l.To, l.Weight)).ToList(),
                (right - left) / Math.Max(1, bottom - top));
            double width = n == 0 ? 0 : points.Max(p => p.X), height = n == 0 ? 0 : points.Max(p => p.Y);
            // A small graph is not blown up to the corners: at most 220 units per ideal edge length. Either axis
            // may stretch a little further than the other to fill the area; more would distort the layout.
            double fitX = width > 0 ? (right - left) / width : double.PositiveInfinity;
            double fitY = height > 0 ? (bottom - top) / height : double.PositiveInfinity;
            double unit = Math.Min(220 * scale, Math.Min(fitX, fitY));
            double unitX = Math.Min(fitX, unit * 1.25), unitY = Math.Min(fitY, unit * 1.25);
            double offsetX = (left + right - width * unitX) / 2, offsetY = (top + bottom - height * unitY) / 2;
            var x = new double[n];
            var y = new double[n];
            for (int i = 0; i < n; i++)
            {
                x[i] = offsetX + points[i].X * unitX;
                y[i] = offsetY + points[i].Y * unitY;
            }
            Separate(x, y, radius, 18 * scale * crowding, (left, top, right, bottom));

            var glyphs = new LabelPlacer.Glyph[n];
            for (int i = 0; i < n; i++) glyphs[i] = new(x[i], y[i], radius[i], fontSize[i], LabelText(nodes[i].Name));
            var order = Enumerable.Range(0, n).OrderByDescending(i => radius[i]).ThenByDescending(i => selection.WeightedDegree[i]).ThenBy(i => i).ToList();
            var bounds = new LabelPlacer.Box(4, TitleBand * text, options.Width - 4, options.Height - LegendBand * text);
            var labels = LabelPlacer.Place(glyphs, order, options.MaxLabels, bounds);
            return new Scene(options, selection, x, y, radius, fontSize, lines, labels, scale, graph.DocumentCount);
        }

        public void Write(XmlWriter xml)
        {
            var nodes = _selection.Nodes;
            xml.WriteStartDocument();
            xml.WriteStartElement("svg", Namespace);
            xml.WriteAttributeString("version", "1.1");
            xml.WriteAttributeString("width", Num(_options.Width));
            xml.WriteAttributeString("height", Num(_options.Height));
            xml.WriteAttributeString("viewBox", $"0 0 {Num(_options.Width)} {Num(_options.Height)}");
            xml.WriteAttributeString("font-family", "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif");
            string heading = Clean(_options.Title ?? "Entity graph");
            string subtitle = Subtitle();
            xml.WriteElementString("title", Namespace, heading);
            xml.WriteElementString("desc", Namespace, subtitle);
            WriteDefs(xml);
            Element(xml, "rect", ("x", "0"), ("y", "0"), ("width", Num(_options.Width)), ("height", Num(_options.Height)), ("fill", "#ffffff"));

            Text(xml, 20 * _text, 34 * _text, heading, 22 * _text, "#222222", weight: "bold");
            Text(xml, 20 * _text, 56 * _text, subtitle, 13 * _text, "#555555");

            WriteEdges(xml);

            xml.WriteStartElement("g", Namespace);
            xml.WriteAttributeString("class", "nodes");
            xml.WriteAttributeString("stroke", "#ffffff");
            xml.WriteAttributeString("stroke-width", Num(1.5 * _scale));
            // Small nodes first, so a big node is never hidden under a small one.
            foreach (int i in Enumerable.Range(0, nodes.Count).OrderBy(i => _radius[i]).ThenBy(i => i))
            {
                var node = nodes[i];
                xml.WriteStartElement("circle", Namespace);
                xml.WriteAttributeString("id", "n" + i.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("cx", Num(_x[i]));
                xml.WriteAttributeString("cy", Num(_y[i]));
                xml.WriteAttributeString("r", Num(_radius[i]));
                xml.WriteAttributeString("fill", RenderPalette.NodeColor(node.Type));
                xml.WriteElementString("title", Namespace, NodeTooltip(node, _selection.WeightedDegree[i]));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            xml.WriteStartElement("g", Namespace);
            xml.WriteAttributeString("class", "labels");
            xml.WriteAttributeString("fill", "#1a1a1a");
            // The halo: a white outline painted under the letters keeps them readable over lines.
            xml.WriteAttributeString("style", "paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; pointer-events: none");
            for (int i = 0; i < nodes.Count; i++)
            {
                if (_labels[i] is not { } label) continue;
                xml.WriteStartElement("text", Namespace);
                xml.WriteAttributeString("x", Num(label.X));
                xml.WriteAttributeString("y", Num(label.Y));
                xml.WriteAttributeString("font-size", Num(_fontSize[i]));
                if (label.Anchor != "start") xml.WriteAttributeString("text-anchor", label.Anchor);
                if (_radius[i] >= 14 * _scale) xml.WriteAttributeString("font-weight", "bold");
                xml.WriteString(LabelText(nodes[i].Name));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            WriteLegend(xml);
            if (nodes.Count == 0)
                Text(xml, _options.Width / 2.0, _options.Height / 2.0, "Nothing to draw: no entity passes the filters.", 18 * _text, "#777777", anchor: "middle");
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        private string Subtitle()
        {
            var s = _selection;
            var inv = CultureInfo.InvariantCulture;
            var parts = new List<string>();
            parts.Add(s.Truncated
                ? string.Format(inv, "Top {0:N0} of {1:N0} entities by weighted degree", s.Nodes.Count, s.CandidateNodes)
                : string.Format(inv, "{0:N0} {1}", s.Nodes.Count, s.Nodes.Count == 1 ? "entity" : "entities"));
            parts.Add(string.Format(inv, "{0:N0} of {1:N0} relation edges (as {2:N0} lines)", s.Edges.Count, s.TotalEdges, _lines.Count));
            parts.Add(string.Format(inv, "from {0:N0} {1}", _documents, _documents == 1 ? "document" : "documents"));
            if (_options.MinWeight > 0) parts.Add(string.Format(inv, "edges of weight ≥ {0}", Num(_options.MinWeight)));
            if (s.CandidateNodes < s.TotalNodes)
                parts.Add(string.Format(inv, "{0:N0} entities without such an edge left out", s.TotalNodes - s.CandidateNodes));
            parts.Add("node size: mentions; line width: weight");
            return string.Join(" · ", parts);
        }

        private void WriteDefs(XmlWriter xml)
        {
            xml.WriteStartElement("defs", Namespace);
            foreach (var (tone, width) in _lines.Where(l => !l.Symmetric).Select(l => (l.Tone, StrokeWidth(l))).Distinct().OrderBy(p => p.Tone).ThenBy(p => p.Item2))
            {
                double size = ArrowLength(width);
                xml.WriteStartElement("marker", Namespace);
                xml.WriteAttributeString("id", MarkerId(tone, width));
                xml.WriteAttributeString("viewBox", "0 0 10 10");
                xml.WriteAttributeString("refX", "0");
                xml.WriteAttributeString("refY", "5");
                xml.WriteAttributeString("markerUnits", "userSpaceOnUse");
                xml.WriteAttributeString("markerWidth", Num(size));
                xml.WriteAttributeString("markerHeight", Num(size));
                xml.WriteAttributeString("orient", "auto");
                Element(xml, "path", ("d", "M 0 0 L 10 5 L 0 10 z"), ("fill", RenderPalette.EdgeColor(tone)));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        private void WriteEdges(XmlWriter xml)
        {
            var nodes = _selection.Nodes;
            // How many lines each pair has: a lone line is straight, otherwise directed lines bend aside.
            var perPair = _lines.GroupBy(l => (Math.Min(l.From, l.To), Math.Max(l.From, l.To))).ToDictionary(g => g.Key, g => g.Count());
            xml.WriteStartElement("g", Namespace);
            xml.WriteAttributeString("class", "edges");
            xml.WriteAttributeString("fill", "none");
            // Quiet lines first, so cooperation and conflict are drawn on top; lighter before heavier.
            foreach (var line in _lines.OrderBy(l => l.Tone).ThenBy(l => l.Weight)) // stable sort: fixed order among equals
            {
                double width = StrokeWidth(line);
                bool curved = !line.Symmetric && perPair[(Math.Min(line.From, line.To), Math.Max(line.From, line.To))] > 1;
                xml.WriteStartElement("path", Namespace);
                xml.WriteAttributeString("class", "edge " + line.Tone.ToString().ToLowerInvariant());
                xml.WriteAttributeString("d", PathData(line, curved, line.Symmetric ? 0 : ArrowLength(width)));
                xml.WriteAttributeString("stroke", RenderPalette.EdgeColor(line.Tone));
                xml.WriteAttributeString("stroke-width", Num(width));
                if (line.Tone == EdgeTone.Neutral) xml.WriteAttributeString("stroke-opacity", "0.8");
                if (line.AllNegated) xml.WriteAttributeString("stroke-dasharray", $"{Num(4 * _scale)} {Num(3 * _scale)}");
                if (!line.Symmetric) xml.WriteAttributeString("marker-end", $"url(#{MarkerId(line.Tone, width)})");
                xml.WriteElementString("title", Namespace, EdgeTooltip(line, nodes));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        // Straight, or a quadratic curve bending to the right of its direction (so the two directions of a
        // pair bend to opposite sides). Ends stop at the circles; a directed end leaves room for the arrowhead.
        private string PathData(DrawnEdge line, bool curved, double arrow)
        {
            double x1 = _x[line.From], y1 = _y[line.From], x2 = _x[line.To], y2 = _y[line.To];
            double dx = x2 - x1, dy = y2 - y1, length = Math.Sqrt(dx * dx + dy * dy);
            if (length < 1e-6) return $"M {Num(x1)} {Num(y1)} L {Num(x2)} {Num(y2)}";
            double cx = (x1 + x2) / 2, cy = (y1 + y2) / 2;
            if (curved)
            {
                double bend = Math.Min(0.15 * length, 40 * _scale);
                cx += -dy / length * bend;
                cy += dx / length * bend;
            }
            var (sx, sy) = Toward(x1, y1, cx, cy, _radius[line.From] + 1);
            var (ex, ey) = Toward(x2, y2, cx, cy, Math.Min(_radius[line.To] + 1 + arrow, length * 0.45));
            return curved
                ? $"M {Num(sx)} {Num(sy)} Q {Num(cx)} {Num(cy)} {Num(ex)} {Num(ey)}"
                : $"M {Num(sx)} {Num(sy)} L {Num(ex)} {Num(ey)}";
        }

        // The layout knows nothing of node sizes: push apart any two circles closer than their radii plus a
        // gap (room for a visible line and arrowhead), a few sweeps in a fixed order, staying in the frame.
        private static void Separate(double[] x, double[] y, double[] radius, double gap, (double Left, double Top, double Right, double Bottom) frame)
        {
            int n = x.Length;
            if (n < 2 || n > 1500) return; // beyond that, the quadratic sweeps cost more than the overlaps
            for (int sweep = 0; sweep < 40; sweep++)
            {
                bool moved = false;
                for (int i = 0; i < n; i++)
                {
                    for (int j = i + 1; j < n; j++)
                    {
                        double need = radius[i] + radius[j] + gap;
                        double dx = x[j] - x[i], dy = y[j] - y[i];
                        double d2 = dx * dx + dy * dy;
                        if (d2 >= need * need) continue;
                        double d = Math.Sqrt(d2);
                        if (d < 1e-6) { dx = 1; dy = 0; d = 1; } // same spot: split sideways
                        double push = (need - d) / 2 / d;
                        x[i] -= dx * push; y[i] -= dy * push;
                        x[j] += dx * push; y[j] += dy * push;
                        moved = true;
                    }
                }
                for (int i = 0; i < n; i++)
                {
                    x[i] = Math.Clamp(x[i], frame.Left, frame.Right);
                    y[i] = Math.Clamp(y[i], frame.Top, frame.Bottom);
                }
                if (!moved) break;
            }
        }

        private static (double X, double Y) Toward(double x, double y, double tx, double ty, double distance)
        {
            double dx = tx - x, dy = ty - y, length = Math.Sqrt(dx * dx + dy * dy);
            return length < 1e-9 ? (x, y) : (x + dx / length * distance, y + dy / length * distance);
        }

        // Grows with the square root of the weight (a square root, not a logarithm, so every platform
        // computes the same bits), in half-unit steps so arrowhead markers can be shared, capped.
        private double StrokeWidth(DrawnEdge line) =>
            Math.Round(Math.Clamp(0.8 + 1.2 * Math.Sqrt(line.Weight), 1, 8) * 2) / 2 * _scale;

        private double ArrowLength(double width) => 7 * _scale + 1.8 * width;

        private static string MarkerId(EdgeTone tone, double width) =>
            $"arrow-{tone.ToString().ToLowerInvariant()}-{Math.Round(width * 100).ToString(CultureInfo.InvariantCulture)}";

        private void WriteLegend(XmlWriter xml)
        {
            var types = _selection.Nodes.Select(v => v.Type).Distinct().Order().ToList();
            var tones = _lines.Select(l => l.Tone).Distinct().OrderDescending().ToList();
            bool anyDirected = _lines.Exists(l => !l.Symmetric), anyNegated = _lines.Exists(l => l.AllNegated);
            double fs = 13 * _text, rowY = _options.Height - LegendBand * _text + 22 * _text;
            xml.WriteStartElement("g", Namespace);
            xml.WriteAttributeString("class", "legend");
            xml.WriteAttributeString("font-size", Num(fs));
            xml.WriteAttributeString("fill", "#333333");
            double x = 20 * _text;
            foreach (var type in types)
            {
                // A rounded square, not a circle: circles are the nodes (and only the nodes).
                double r = 6 * _text;
                Element(xml, "rect", ("class", "legend-type"), ("x", Num(x)), ("y", Num(rowY - r - 0.3 * fs)), ("width", Num(2 * r)), ("height", Num(2 * r)),
                    ("rx", Num(r)), ("fill", RenderPalette.NodeColor(type)));
                string name = RenderPalette.TypeName(type);
                Text(xml, x + 2 * r + 5 * _text, rowY, name, null, null);
                x += 2 * r + 5 * _text + name.Length * 0.6 * fs + 18 * _text;
            }
            x = 20 * _text;
            rowY += 24 * _text;
            foreach (var tone in tones)
            {
                double y = rowY - 0.35 * fs;
                Element(xml, "line", ("class", "legend-tone"), ("x1", Num(x)), ("y1", Num(y)), ("x2", Num(x + 26 * _text)), ("y2", Num(y)),
                    ("stroke", RenderPalette.EdgeColor(tone)), ("stroke-width", Num(3 * _text)));
                string name = RenderPalette.ToneName(tone);
                Text(xml, x + 32 * _text, rowY, name, null, null);
                x += 32 * _text + name.Length * 0.6 * fs + 18 * _text;
            }
            var notes = new List<string>();
            if (anyDirected) notes.Add("arrow: direction (actor → target)");
            if (anyNegated) notes.Add("dashed: negated");
            if (notes.Count > 0) Text(xml, x, rowY, string.Join("; ", notes), null, "#666666");
            xml.WriteEndElement();
        }

        private static void Text(XmlWriter xml, double x, double y, string text, double? size, string? fill, string? weight = null, string? anchor = null)
        {
            xml.WriteStartElement("text", Namespace);
            xml.WriteAttributeString("x", Num(x));
            xml.WriteAttributeString("y", Num(y));
            if (size is { } s) xml.WriteAttributeString("font-size", Num(s));
            if (fill is not null) xml.WriteAttributeString("fill", fill);
            if (weight is not null) xml.WriteAttributeString("font-weight", weight);
            if (anchor is not null) xml.WriteAttributeString("text-anchor", anchor);
            xml.WriteString(text);
            xml.WriteEndElement();
        }

        private static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
        {
            xml.WriteStartElement(name, Namespace);
            foreach (var (a, v) in attributes) xml.WriteAttributeString(a, v);
            xml.WriteEndElement();
        }

        private static string NodeTooltip(GraphNode node, double weightedDegree)
        {
            var sb = new StringBuilder();
            var inv = CultureInfo.InvariantCulture;
            sb.Append(node.Name).Append(" (").Append(RenderPalette.TypeName(node.Type)).Append(")\n").Append(node.Id);
            if (node.Iso3 is not null) sb.Append(" · ").Append(node.Iso3);
            else if (node.Country is not null) sb.Append(" · country ").Append(node.Country);
            sb.Append('\n').AppendFormat(inv, "{0:N0} mentions in {1:N0} {2}; weighted degree {3}",
                node.MentionCount, node.DocumentCount, node.DocumentCount == 1 ? "document" : "documents", Num(weightedDegree));
            var aliases = node.Aliases.Where(a => a != node.Name).Take(8).ToList();
            if (aliases.Count > 0) sb.Append("\nalso: ").AppendJoin(", ", aliases);
            if (node.Aliases.Count - (node.Aliases.Contains(node.Name) ? 1 : 0) > aliases.Count) sb.Append(", …");
            return Clean(sb.ToString());
        }

        private static string EdgeTooltip(DrawnEdge line, IReadOnlyList<GraphNode> nodes)
        {
            var sb = new StringBuilder();
            sb.Append(nodes[line.From].Name).Append(line.Symmetric ? " — " : " → ").Append(nodes[line.To].Name);
            foreach (var edge in line.Members.OrderByDescending(m => m.Weight)) // stable: graph order among equals
            {
                sb.Append('\n');
                if (edge.Negated) sb.Append("not ");
                sb.Append(edge.Category ?? edge.Type);
                if (edge.Category is not null) sb.Append(" (").Append(edge.Type).Append(')');
                sb.Append(" ×").Append(edge.Count.ToString(CultureInfo.InvariantCulture)).Append(", weight ").Append(Num(edge.Weight));
            }
            // One sentence of evidence, from the heaviest part, so hovering answers "says who?".
            var strongest = line.Members.OrderByDescending(m => m.Weight).First();
            if (strongest.Evidence.Count > 0 && Quote(strongest.Evidence[0].SentenceText) is { Length: > 0 } quote)
                sb.Append('\n').Append('“').Append(quote).Append('”');
            return Clean(sb.ToString());
        }
    }

    // The name on one line, at most 40 characters: a runaway name from messy text would cover half the
    // picture, and the node's tooltip keeps it whole.
    internal static string LabelText(string name)
    {
        const int limit = 40;
        string text = string.Join(' ', Clean(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1).TrimEnd(), "…");
    }

    // A sentence on one line, blanks collapsed, cut at a word boundary near 200 characters.
    private static string Quote(string sentence)
    {
        const int limit = 200;
        var sb = new StringBuilder(Math.Min(sentence.Length, limit + 1));
        foreach (var c in sentence)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(c);
            if (sb.Length > limit) break;
        }
        string text = sb.ToString().TrimEnd();
        if (text.Length <= limit) return text;
        int cut = text.LastIndexOf(' ', limit);
        return string.Concat(text.AsSpan(0, cut > limit / 2 ? cut : limit), "…");
    }

    /// <summary>Removes characters XML cannot carry (names come from arbitrary text).</summary>
    internal static string Clean(string text) => XmlChars.RemoveIllegal(text);

    /// <summary>A coordinate with at most two decimals, invariant culture: short, exact enough, reproducible.</summary>
    internal static string Num(double value)
    {
        double rounded = Math.Round(value, 2);
        if (rounded == 0) rounded = 0; // no "-0"
        return rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
