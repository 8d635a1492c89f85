#include "gateway/dashboard/notes_html.h"

#include "common/report/html_escape.h"
#include "common/theme/note_scope.h"

namespace veilig::gateway {

std::string NotesHtml(const google::protobuf::RepeatedPtrField<common::v1::SeriesNote>& notes) {
  std::string html;
  for (const auto& note : notes) {
    const bool below = theme::IsNoteOnAreasBelow(note);
    html += std::string("<div class=\"utrecht-alert ") +
            (below ? "utrecht-alert--warning" : "utrecht-alert--info") +
            "\" role=\"note\"><p class=\"utrecht-paragraph\">" + report::EscapeHtml(note.text()) +
            "</p></div>";
  }
  return html;
}

std::string SignalsMissingNote(bool pending, const std::string& consequence) {
  const std::string why = pending ? "De signalen bij de nieuwste cijfers worden nog berekend; "
                                  : "De signalen konden nu niet worden bepaald; ";
  const std::string when = pending ? " Vernieuw de pagina over een minuut." : "";
  return "<div class=\"utrecht-alert utrecht-alert--warning\" role=\"note\"><p "
         "class=\"utrecht-paragraph\">" +
         report::EscapeHtml(why + consequence + when) + "</p></div>";
}

}  // namespace veilig::gateway
