#include "common/theme/version_memo.h"

namespace veilig::theme {

std::optional<DataVersions> VersionMemo::Fresh(const std::string& municipality,
                                               Clock::time_point now) const {
  if (recheck_.count() <= 0) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto it = entries_.find(municipality);
  if (it == entries_.end() || now - it->second.read_at >= recheck_) return std::nullopt;
  return it->second.versions;
}

int64_t VersionMemo::GenerationLocked(const std::string& municipality) const {
  auto it = generations_.find(municipality);
  return figures_generation_ + (it == generations_.end() ? 0 : it->second);
}

VersionMemo::Ticket VersionMemo::BeforeRead(const std::string& municipality) const {
  std::lock_guard lock(mutex_);
  return {municipality, GenerationLocked(municipality)};
}

void VersionMemo::Remember(const Ticket& ticket, const DataVersions& versions,
                           Clock::time_point read_at) {
  if (recheck_.count() <= 0) return;
  std::lock_guard lock(mutex_);
  if (GenerationLocked(ticket.municipality) != ticket.generation) return;
  entries_.insert_or_assign(ticket.municipality, Entry{versions, read_at});
}

void VersionMemo::Forget(bool figures, const std::string& municipality) {
  std::lock_guard lock(mutex_);
  if (figures) {
    ++figures_generation_;
    entries_.clear();
  }
  if (!municipality.empty()) {
    ++generations_[municipality];
    entries_.erase(municipality);
  }
}

}  // namespace veilig::theme
