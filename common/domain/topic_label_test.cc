#include "common/domain/topic_label.h"

#include <gtest/gtest.h>

namespace veilig {
namespace {

TEST(TopicLabelTest, SplitsThePlansNumberFromTheTitle) {
  EXPECT_EQ(SplitTopicLabel("3.3 Woonoverlast").number, "3.3");
  EXPECT_EQ(SplitTopicLabel("3.3 Woonoverlast").title, "Woonoverlast");
  EXPECT_EQ(SplitTopicLabel("Burgerparticipatie").number, "");
  EXPECT_EQ(SplitTopicLabel("Burgerparticipatie").title, "Burgerparticipatie");
  // A leading word that is not a number stays in the title.
  EXPECT_EQ(SplitTopicLabel("G10 gemeenten").title, "G10 gemeenten");
  EXPECT_EQ(SplitTopicLabel(".3 Raar").number, "");
}

TEST(TopicLabelTest, TheSameTopicByNumberOrByTitle) {
  EXPECT_TRUE(SameTopic("3.3 Woonoverlast", "Woonoverlast"));
  EXPECT_TRUE(SameTopic("1.5 Burgerparticipatie", "1.5 Buurtpreventie"));
  EXPECT_FALSE(SameTopic("3.3 Woonoverlast", "3.4 Woonoverlast"));
  EXPECT_FALSE(SameTopic("Woonoverlast", "Radicalisering"));
}

}  // namespace
}  // namespace veilig
