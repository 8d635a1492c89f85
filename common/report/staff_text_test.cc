#include "common/report/staff_text.h"

#include <gtest/gtest.h>

namespace veilig::report {
namespace {

TEST(StaffTextTest, ParagraphsListsLinksAndEmphasisBecomeHtml) {
  const std::string html = StaffTextHtml(
      "**Wat hebben wij gedaan?** Advies aan huis.\n\n- eerste\n- tweede\n\n"
      "Zie [het keurmerk](https://www.politiekeurmerk.nl/).",
      0);
  EXPECT_EQ(html,
            "<p><strong>Wat hebben wij gedaan?</strong> Advies aan huis.</p>\n"
            "<ul>\n<li>eerste</li>\n<li>tweede</li>\n</ul>\n"
            "<p>Zie <a href=\"https://www.politiekeurmerk.nl/\">het keurmerk</a>.</p>\n");
}

TEST(StaffTextTest, RawHtmlAndScriptLinksNeverReachThePage) {
  const std::string html = StaffTextHtml(
      "<script>alert(1)</script>\n\nTekst <img src=x onerror=alert(2)> en "
      "[klik](javascript:alert(3)).",
      0);
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
  EXPECT_EQ(html.find("javascript:"), std::string::npos) << html;
  EXPECT_NE(html.find("Tekst"), std::string::npos) << html;
}

TEST(StaffTextTest, HeadingsMoveBelowTheReportsOwn) {
  EXPECT_EQ(StaffTextHtml("# Conclusie", 3), "<h4>Conclusie</h4>\n");
  EXPECT_EQ(StaffTextHtml("##### Diep", 3), "<h6>Diep</h6>\n");
}

TEST(StaffTextTest, MarkdownKeepsTheTextButNotItsHtml) {
  EXPECT_EQ(StaffTextMarkdown("Een *nadruk* <b>vet</b>\n\n- punt"), "Een *nadruk* vet\n\n  - punt");
}

}  // namespace
}  // namespace veilig::report
