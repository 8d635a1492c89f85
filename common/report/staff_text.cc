#include "common/report/staff_text.h"

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace veilig::report {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using Document = std::unique_ptr<cmark_node, NodeDeleter>;

struct CharsDeleter {
  void operator()(char* text) const { free(text); }  // NOLINT: cmark allocates with malloc
};
using Rendered = std::unique_ptr<char, CharsDeleter>;

// Parses and removes raw HTML, which the Markdown renderer would otherwise
// pass through unchanged.
Document Parse(const std::string& markdown, int heading_offset) {
  Document document(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
  std::vector<cmark_node*> raw;
  cmark_iter* iter = cmark_iter_new(document.get());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) raw.push_back(node);
    if (type == CMARK_NODE_HEADING && heading_offset > 0) {
      cmark_node_set_heading_level(
          node, std::min(6, cmark_node_get_heading_level(node) + heading_offset));
    }
  }
  cmark_iter_free(iter);
  for (cmark_node* node : raw) cmark_node_free(node);  // unlinks it, too
  return document;
}

}  // namespace

std::string StaffTextHtml(const std::string& markdown, int heading_offset) {
  Document document = Parse(markdown, heading_offset);
  // CMARK_OPT_DEFAULT is safe in cmark 0.30: unsafe links become empty.
  Rendered html(cmark_render_html(document.get(), CMARK_OPT_DEFAULT));
  return html ? std::string(html.get()) : std::string();
}

std::string StaffTextMarkdown(const std::string& markdown) {
  Document document = Parse(markdown, 0);
  Rendered text(cmark_render_commonmark(document.get(), CMARK_OPT_DEFAULT, 0));
  std::string out = text ? std::string(text.get()) : std::string();
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace veilig::report
