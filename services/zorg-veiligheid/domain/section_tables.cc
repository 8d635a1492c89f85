#include "services/zorg-veiligheid/domain/section_tables.h"

#include <map>

#include "common/domain/topic_label.h"
#include "common/report/dutch_number.h"
#include "common/report/dutch_period.h"
#include "common/report/dutch_text.h"
#include "common/report/section_table.h"

namespace veilig::zorgveiligheid {
namespace {

std::string TitleOf(const std::string& topic) { return SplitTopicLabel(topic).title; }

bool ShownAsIndicator(const v1::RegisterLine& line, const common::v1::ThemeSection& section) {
  for (const auto& topic : section.topics()) {
    for (const auto& block : topic.indicators()) {
      if (block.indicator().title() == line.label()) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<common::v1::SectionTable> SectionTables(const v1::SectionData& d,
                                                    const common::v1::ThemeSection& section) {
  using report::FormatCount;
  std::vector<common::v1::SectionTable> tables;
  std::map<std::string, common::v1::SectionTable> by_topic;
  std::vector<std::string> order;
  for (const auto& line : d.registers()) {
    if (ShownAsIndicator(line, section)) continue;
    const std::string topic = TitleOf(line.topic());
    auto it = by_topic.find(topic);
    if (it == by_topic.end()) {
      order.push_back(topic);
      it = by_topic
               .emplace(topic, report::NewSectionTable(
                                   "Registraties " + report::InSentence(topic),
                                   {{"Registratie"}, {"Periode"}, {"Aantal", true}}, topic))
               .first;
    }
    for (const auto& c : line.counts()) {
      report::AddRow(it->second,
                     {line.label(), report::DutchPeriod(c.period()), FormatCount(c.count())});
    }
  }
  for (const auto& target : d.targets()) {
    std::vector<std::string> names;
    std::string topic;
    int done = 0;
    for (int r : target.registers()) {
      for (const auto& line : d.registers()) {
        if (line.register_() != r) continue;
        names.push_back(report::InSentence(line.label()));
        if (topic.empty()) topic = TitleOf(line.topic());
        for (const auto& c : line.counts()) {
          if (c.period().starts_with(std::to_string(target.year()))) done += c.count();
        }
      }
    }
    if (names.empty()) continue;
    const std::string sentence =
        "Jaardoel " + std::to_string(target.year()) + " voor " + report::DutchList(names) +
        (names.size() > 1 ? " samen: " : ": ") + FormatCount(target.target()) + " (tot en met de " +
        report::DutchPeriod(section.period()) + ": " + FormatCount(done) + ").";
    auto it = by_topic.find(topic);
    if (it == by_topic.end()) {
      common::v1::SectionTable note;
      note.set_topic(topic);
      note.set_lead(sentence);
      tables.push_back(std::move(note));
    } else {
      it->second.add_notes(sentence);
    }
  }
  for (const auto& topic : order) tables.push_back(std::move(by_topic[topic]));
  return tables;
}

}  // namespace veilig::zorgveiligheid
