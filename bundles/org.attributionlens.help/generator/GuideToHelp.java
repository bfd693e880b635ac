import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns docs/user-guide.md into the Eclipse help of Attribution Lens: one HTML topic per "##"
 * section (its "###" sections become anchors and nested entries), an index topic for the text
 * before the first section, a toc.xml, and a copy of every local file the guide links or shows.
 * The build runs it (bundles/org.attributionlens.help/pom.xml), so the Help contents and the
 * guide on GitHub are one text and cannot drift.
 *
 * <p>Only the Markdown the guide uses is understood: headings, paragraphs, "-" and "1." lists
 * (nested by indentation, with code blocks inside), pipe tables, fenced code blocks, inline code,
 * **bold**, links and images, backslash escapes. Everything from the guide is HTML-escaped; no
 * raw HTML passes. A local link or image that does not exist fails the build.
 *
 * <p>Run by the build as a single source file: {@code java GuideToHelp.java GUIDE OUT_DIR}. OUT_DIR
 * receives toc.xml and help/ (the topics and the copied files), as they lie in the bundle.
 */
public final class GuideToHelp {
	private static final String TOPICS = "help/";
	private static final String STYLESHEET = "../css/guide.css";

	/** One "##" section: its topic file, title and "###" sub-sections, and its Markdown lines. */
	private record Section(String title, String slug, String file, List<String> lines, List<Heading> subsections) {
	}

	private record Heading(String title, String slug, int level) {
	}

	private final Path guideDir;
	private final Path out;
	/** GitHub's anchor of every heading, mapped to the topic file (and anchor) that holds it. */
	private final Map<String, String> anchors = new HashMap<>();
	private final Map<String, Integer> slugCounts = new HashMap<>();
	private final Map<String, Path> copies = new LinkedHashMap<>();
	private final Set<String> files = new HashSet<>(Set.of("index"));
	/** The anchors of the headings of the topic being written, in order (computed once, in run()). */
	private Iterator<Heading> headings = Collections.emptyIterator();

	private GuideToHelp(Path guide, Path out) {
		this.guideDir = guide.toAbsolutePath().getParent();
		this.out = out;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java GuideToHelp.java GUIDE.md OUT_DIR");
			System.exit(2);
		}
		Path guide = Path.of(args[0]);
		try {
			new GuideToHelp(guide, Path.of(args[1])).run(Files.readAllLines(guide, StandardCharsets.UTF_8));
		} catch (IllegalArgumentException e) {
			System.err.println(guide + ": " + e.getMessage());
			System.exit(1);
		}
	}

	private void run(List<String> lines) throws IOException {
		String book = null;
		List<String> preface = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		boolean fenced = false;
		for (String line : lines) {
			if (line.stripLeading().startsWith("```")) {
				fenced = !fenced;
			}
			if (!fenced && line.startsWith("# ") && book == null) {
				book = inlineText(line.substring(2));
			} else if (!fenced && line.startsWith("## ")) {
				String title = inlineText(line.substring(3));
				String slug = slug(title);
				Section section = new Section(title, slug, TOPICS + fileName(title) + ".html", new ArrayList<>(),
						new ArrayList<>());
				anchors.put(slug, section.file());
				sections.add(section);
			} else if (sections.isEmpty()) {
				preface.add(line);
			} else {
				Section section = sections.getLast();
				section.lines().add(line);
				Matcher heading = HEADING.matcher(line);
				if (!fenced && heading.matches()) {
					String title = inlineText(heading.group(2));
					String slug = slug(title);
					section.subsections().add(new Heading(title, slug, heading.group(1).length()));
					anchors.put(slug, section.file() + "#" + slug);
				}
			}
		}
		if (book == null || sections.isEmpty()) {
			throw new IllegalArgumentException("the guide needs a '# ' title and at least one '## ' section");
		}
		deleteRecursively(out);
		Files.createDirectories(out.resolve(TOPICS));
		write(TOPICS + "index.html", page(book, preface, List.of(), sections));
		for (Section section : sections) {
			write(section.file(), page(section.title(), section.lines(), section.subsections(), List.of()));
		}
		write("toc.xml", toc(book, sections));
		for (Map.Entry<String, Path> copy : copies.entrySet()) {
			Files.copy(copy.getValue(), out.resolve(TOPICS + copy.getKey()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private String toc(String book, List<Section> sections) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<?NLS TYPE=\"org.eclipse.help.toc\"?>\n"
				+ "<!-- Generated from docs/user-guide.md by generator/GuideToHelp.java: edit the guide. -->\n");
		xml.append("<toc label=\"").append(escape(book)).append("\" topic=\"").append(TOPICS).append("index.html\">\n");
		for (Section section : sections) {
			xml.append("   <topic label=\"").append(escape(section.title())).append("\" href=\"")
					.append(section.file()).append('"');
			if (section.subsections().stream().noneMatch(h -> h.level() == 3)) {
				xml.append("/>\n");
				continue;
			}
			xml.append(">\n");
			for (Heading sub : section.subsections().stream().filter(h -> h.level() == 3).toList()) {
				xml.append("      <topic label=\"").append(escape(sub.title())).append("\" href=\"")
						.append(section.file()).append('#').append(sub.slug()).append("\"/>\n");
			}
			xml.append("   </topic>\n");
		}
		return xml.append("</toc>\n").toString();
	}

	private String page(String title, List<String> lines, List<Heading> subsections, List<Section> contents) {
		headings = subsections.iterator();
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
				.append("<title>").append(escape(title)).append("</title>\n")
				.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
				.append("<!-- Generated from docs/user-guide.md: edit the guide. -->\n</head>\n<body>\n")
				.append("<h1>").append(escape(title)).append("</h1>\n");
		html.append(blocks(lines));
		if (!contents.isEmpty()) {
			html.append("<ul class=\"contents\">\n");
			for (Section section : contents) {
				html.append("<li><a href=\"").append(section.file().substring(TOPICS.length())).append("\">")
						.append(escape(section.title())).append("</a></li>\n");
			}
			html.append("</ul>\n");
		}
		return html.append("</body>\n</html>\n").toString();
	}

	// ---- blocks ----------------------------------------------------------------------------

	private static final Pattern HEADING = Pattern.compile("^(#{3,6}) (.*)$");
	private static final Pattern LIST_ITEM = Pattern.compile("^(-|\\d+\\.) (.*)$");
	private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

	private String blocks(List<String> lines) {
		StringBuilder html = new StringBuilder();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			if (line.isBlank()) {
				i++;
			} else if (line.startsWith("```")) {
				int end = i + 1;
				while (end < lines.size() && !lines.get(end).startsWith("```")) {
					end++;
				}
				if (end == lines.size()) {
					throw new IllegalArgumentException("a code block is not closed: " + line);
				}
				html.append("<pre><code>");
				for (String code : lines.subList(i + 1, end)) {
					html.append(escape(code)).append('\n');
				}
				html.append("</code></pre>\n");
				i = end + 1;
			} else if (HEADING.matcher(line).matches()) {
				int level = line.indexOf(' ');
				html.append("<h").append(level - 1).append(" id=\"").append(headings.next().slug()).append("\">")
						.append(inline(line.substring(level + 1))).append("</h").append(level - 1).append(">\n");
				i++;
			} else if (startsTable(lines, i)) {
				i = table(lines, i, html);
			} else if (LIST_ITEM.matcher(line).matches()) {
				i = list(lines, i, html);
			} else {
				int end = i;
				while (end < lines.size() && !lines.get(end).isBlank() && (end == i || !startsBlock(lines, end))) {
					end++;
				}
				html.append("<p>").append(inline(String.join("\n", lines.subList(i, end)))).append("</p>\n");
				i = end;
			}
		}
		return html.toString();
	}

	/** Whether the line ends a paragraph by starting a block (a "|" line only when a rule follows). */
	private static boolean startsBlock(List<String> lines, int i) {
		String line = lines.get(i);
		return line.startsWith("```") || HEADING.matcher(line).matches() || startsTable(lines, i)
				|| LIST_ITEM.matcher(line).matches();
	}

	private static boolean startsTable(List<String> lines, int i) {
		return lines.get(i).startsWith("|") && i + 1 < lines.size() && TABLE_RULE.matcher(lines.get(i + 1)).matches();
	}

	/** A list at indentation 0: items continue on lines indented by two or more spaces. */
	private int list(List<String> lines, int start, StringBuilder html) {
		boolean ordered = Character.isDigit(lines.get(start).charAt(0));
		List<List<String>> items = new ArrayList<>();
		int i = start;
		while (i < lines.size()) {
			String line = lines.get(i);
			Matcher item = LIST_ITEM.matcher(line);
			if (item.matches() && Character.isDigit(line.charAt(0)) == ordered) {
				items.add(new ArrayList<>(List.of(item.group(2))));
			} else if (line.isBlank()) {
				// a blank line belongs to the item only when indented text follows it
				int next = i + 1;
				while (next < lines.size() && lines.get(next).isBlank()) {
					next++;
				}
				if (next == lines.size() || !lines.get(next).startsWith("  ")) {
					break;
				}
				items.getLast().add("");
			} else if (line.startsWith("  ")) {
				items.getLast().add(dedent(line));
			} else if (!items.getLast().getLast().isBlank() && !startsBlock(lines, i)) {
				items.getLast().add(line); // a lazy continuation of the item's paragraph
			} else {
				break;
			}
			i++;
		}
		String tag = ordered ? "ol" : "ul";
		html.append('<').append(tag).append(">\n");
		for (List<String> item : items) {
			String body = blocks(item);
			// a one-paragraph item reads tighter without its <p>
			if (body.startsWith("<p>") && body.indexOf("<p>", 1) < 0 && body.endsWith("</p>\n")) {
				body = body.substring(3, body.length() - 5);
			} else if (body.startsWith("<p>")) {
				int end = body.indexOf("</p>\n");
				body = body.substring(3, end) + "\n" + body.substring(end + 5);
			}
			html.append("<li>").append(body.strip()).append("</li>\n");
		}
		html.append("</").append(tag).append(">\n");
		return i;
	}

	private static String dedent(String line) {
		int spaces = 0;
		while (spaces < line.length() && spaces < 2 && line.charAt(spaces) == ' ') {
			spaces++;
		}
		return line.substring(spaces);
	}

	private int table(List<String> lines, int start, StringBuilder html) {
		List<String> header = cells(lines.get(start));
		html.append("<table>\n");
		if (header.stream().anyMatch(cell -> !cell.isBlank())) {
			html.append("<thead><tr>");
			for (String cell : header) {
				html.append("<th>").append(inline(cell)).append("</th>");
			}
			html.append("</tr></thead>\n");
		}
		html.append("<tbody>\n");
		int i = start + 2;
		for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			html.append("<tr>");
			for (String cell : cells(lines.get(i))) {
				html.append("<td>").append(inline(cell)).append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
		return i;
	}

	/** The cells of a table row: split at "|" outside code spans and not escaped as "\|". */
	private static List<String> cells(String row) {
		String text = row.strip();
		if (text.startsWith("|")) {
			text = text.substring(1);
		}
		if (text.endsWith("|") && !text.endsWith("\\|")) {
			text = text.substring(0, text.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean code = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
				cell.append("\\|"); // kept escaped: inline() shows it as "|", in code spans too
				i++;
			} else if (c == '`') {
				code = !code;
				cell.append(c);
			} else if (c == '|' && !code) {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

	// ---- inline ----------------------------------------------------------------------------

	private static final Pattern LINK = Pattern.compile("(!?)\\[((?:[^\\]`]|`[^`]*`)*)\\]\\(([^)\\s]+)\\)");

	/** Markdown of one paragraph or cell to HTML: code, links, images, bold, escapes. */
	private String inline(String text) {
		StringBuilder html = new StringBuilder();
		int i = 0;
		boolean bold = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '`') {
				int ticks = run(text, i, '`');
				int end = text.indexOf("`".repeat(ticks), i + ticks);
				if (end < 0) {
					throw new IllegalArgumentException("a code span is not closed: " + text);
				}
				String code = text.substring(i + ticks, end);
				if (ticks > 1) {
					code = code.strip();
				}
				html.append("<code>").append(escape(code.replace("\\|", "|"))).append("</code>");
				i = end + ticks;
			} else if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
				html.append(escape(String.valueOf(text.charAt(i + 1))));
				i += 2;
			} else if ((c == '[' || c == '!') && LINK.matcher(text).region(i, text.length()).lookingAt()) {
				Matcher link = LINK.matcher(text).region(i, text.length());
				link.lookingAt();
				String target = target(link.group(3));
				if (link.group(1).isEmpty()) {
					html.append("<a href=\"").append(escape(target)).append("\">").append(inline(link.group(2)))
							.append("</a>");
				} else {
					html.append("<img src=\"").append(escape(target)).append("\" alt=\"")
							.append(escape(inlineText(link.group(2)))).append("\">");
				}
				i = link.end();
			} else if (text.startsWith("**", i)) {
				html.append(bold ? "</strong>" : "<strong>");
				bold = !bold;
				i += 2;
			} else {
				html.append(escape(String.valueOf(c)));
				i++;
			}
		}
		if (bold) {
			throw new IllegalArgumentException("** is not closed: " + text);
		}
		return html.toString();
	}

	/** The plain text of inline Markdown, as GitHub makes anchors and as labels show it. */
	private static String inlineText(String text) {
		String plain = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
		return plain.replace("**", "").replace("`", "").replaceAll("\\\\(\\p{Punct})", "$1").strip();
	}

	private static boolean isPunctuation(char c) {
		return c < 128 && String.valueOf(c).matches("\\p{Punct}");
	}

	private static int run(String text, int from, char c) {
		int end = from;
		while (end < text.length() && text.charAt(end) == c) {
			end++;
		}
		return end - from;
	}

	/**
	 * Where a link of the guide points from a topic: web addresses stay, a heading of the guide
	 * becomes its topic, a local file is copied beside the topics.
	 */
	private String target(String href) {
		URI uri = URI.create(href);
		if (uri.getScheme() != null) {
			if (!uri.getScheme().equals("https") && !uri.getScheme().equals("http")) {
				throw new IllegalArgumentException("only http and https links may leave the guide: " + href);
			}
			return href;
		}
		if (href.startsWith("#")) {
			String topic = anchors.get(href.substring(1));
			if (topic == null) {
				throw new IllegalArgumentException("no heading has the anchor " + href);
			}
			return topic.substring(TOPICS.length());
		}
		if (href.contains("/") || href.contains("#") || href.startsWith(".")) {
			throw new IllegalArgumentException("a local link must name a file beside the guide: " + href);
		}
		Path file = guideDir.resolve(href);
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("the guide links a file that does not exist: " + href);
		}
		copies.put(href, file);
		return href;
	}

	/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens, numbered when repeated. */
	private String slug(String title) {
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
		int seen = slugCounts.merge(slug, 1, Integer::sum) - 1;
		return seen == 0 ? slug : slug + "-" + seen;
	}

	/** A short file name for a topic: the title without the words in parentheses, as an anchor. */
	private String fileName(String title) {
		String name = title.replaceAll("\\(.*?\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
				.replaceAll("^-|-$", "");
		String unique = name;
		for (int n = 2; files.contains(unique); n++) {
			unique = name + "-" + n;
		}
		files.add(unique);
		return unique;
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			case '\'' -> escaped.append("&#39;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private void write(String name, String text) throws IOException {
		Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
