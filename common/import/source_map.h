// Where each item of an import request came from, so that a server's error
// about "observations[3].count" can be shown as "observations.csv line 5:
// count".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace veilig::import {

struct SourceLine {
  std::string file;
  int line = 0;
};

class SourceMap {
 public:
  // Records that the next item of `list` came from `where`.
  void Add(const std::string& list, SourceLine where) {
    sources_[list].push_back(std::move(where));
  }

  // Rewrites "list[i].field: problem" into "file line N: field: problem";
  // any other message is returned unchanged.
  std::string LocateError(std::string_view message) const;

 private:
  std::map<std::string, std::vector<SourceLine>> sources_;
};

}  // namespace veilig::import
