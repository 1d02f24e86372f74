package org.vigie.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of an HTML element: one paragraph per block-level element, {@code <br>} as a line break, and
 * nothing from scripts, styles or other non-text elements. Text that merely looks like markup ({@code &lt;script&gt;})
 * stays as written. Walks the tree iteratively, so deep nesting cannot overflow the stack.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
      "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
      "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul");
  private static final Set<String> NOT_TEXT = Set.of(
      "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed", "canvas",
      "select", "button", "input", "textarea");

  private HtmlText() {}

  /** The paragraphs of an element, normalized and separated by blank lines. */
  static String paragraphs(Element root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          // Line breaks in HTML source are spaces on the page.
          text.append(textNode.getWholeText().replace('\n', ' ').replace('\r', ' '));
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (NOT_TEXT.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("br")) {
            text.append('\n');
          } else if (BLOCKS.contains(tag)) {
            text.append(WhitespaceNormalizer.PARAGRAPH_BREAK);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          text.append(WhitespaceNormalizer.PARAGRAPH_BREAK);
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    return WhitespaceNormalizer.normalize(text);
  }

  /** The paragraphs of an HTML fragment, as a feed item's description carries. */
  static String fragmentParagraphs(String html) {
    return paragraphs(Jsoup.parseBodyFragment(html).body());
  }

  /** An HTML fragment as one line of plain text, for titles. */
  static String fragmentLine(String html) {
    return WhitespaceNormalizer.oneLine(fragmentParagraphs(html));
  }
}
