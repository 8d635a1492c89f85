// A theme service's own store of areas, indicators, figures, notes and
// activities, on any storage backend.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "common/storage/database.h"
#include "common/theme/comparison_groups.h"
#include "common/theme/group_figures.h"
#include "common/theme/section_input.h"
#include "common/theme/versioned_database.h"
#include "veilig/theme/v1/theme_service.pb.h"

namespace veilig::theme {

class ThemeStore {
 public:
  // The caches here trust the database's versions to change with every write.
  explicit ThemeStore(VersionedDatabase& database) : database_(database) {}

  static const std::vector<storage::Migration>& Migrations();

  // Validates references against what is stored and writes the whole request
  // in one transaction (nothing when validation fails or `validate_only`).
  absl::StatusOr<v1::UpsertThemeDataResponse> Upsert(
      const v1::UpsertThemeDataRequest& request,
      const std::function<absl::Status(const std::set<std::string>& indicators,
                                       const std::set<std::string>& areas)>& check_references);

  // One batch of a streamed import: written with the import's checkpoint in
  // one transaction. A batch at or below the checkpoint is not written again
  // (`already_committed`); one that skips a number is refused.
  struct IngestOutcome {
    bool already_committed = false;
    int64_t last_sequence = 0;
  };
  absl::StatusOr<IngestOutcome> IngestBatch(
      const std::string& import_id, int64_t sequence, const v1::UpsertThemeDataRequest& batch,
      const std::function<absl::Status(const std::set<std::string>& indicators,
                                       const std::set<std::string>& areas)>& check_references);
  // The import's checkpoint; last_sequence 0 when nothing was committed.
  absl::StatusOr<v1::IngestCheckpoint> GetIngestCheckpoint(const std::string& import_id);

  // Indicators in plan order, `offset` .. `offset + limit`, each with
  // `municipality`'s goal (none when it is empty).
  absl::StatusOr<std::vector<common::v1::Indicator>> ListIndicators(const std::string& municipality,
                                                                    int offset, int limit);

  // The indicator's definition, without a goal.
  absl::StatusOr<std::optional<common::v1::Indicator>> GetIndicator(const std::string& id);
  absl::StatusOr<std::optional<common::v1::Area>> GetArea(const std::string& code);
  // Areas by code, `offset` .. `offset + limit`.
  absl::StatusOr<std::vector<common::v1::Area>> ListAreas(int offset, int limit);

  // The baseline year of the municipality's plan, else the earliest one any
  // goal names; nothing when neither is known.
  absl::StatusOr<std::optional<int>> PlanBaselineYear(const std::string& municipality);

  // The versions of the shared figures and of `municipality`'s records: each
  // increases with every write of it (any replica, same database).
  absl::StatusOr<DataVersions> Versions(const std::string& municipality);

  // The outlines of `year` of the areas whose parent is `parent`.
  absl::StatusOr<std::vector<common::v1::AreaBoundary>> ListBoundariesBelow(
      const std::string& parent, int year, int offset, int limit);

  // The figures of the areas directly below `parent` (its wijken, or a
  // wijk's buurten) and of `parent` itself over [first_year, last_year]. A
  // wijk among them lists its buurten as members, so that a wijk without
  // figures of its own sums theirs. `children` gets the codes below
  // `parent`, by code. Empty areas when `parent` is not stored. Only the
  // figures `indicators` need (themselves, or their components) are loaded;
  // every indicator's when it is empty.
  absl::StatusOr<SectionInput> LoadAreaFiguresInput(const std::string& parent, int first_year,
                                                    int last_year,
                                                    std::vector<std::string>& children,
                                                    const std::set<std::string>& indicators = {});

  // Loads what a section over [first_year, last_year] for `municipality` needs.
  absl::StatusOr<SectionInput> LoadSectionInput(const std::string& municipality, int first_year,
                                                int last_year);

 private:
  // A group's figures from the cache, or computed from its members now.
  absl::StatusOr<std::shared_ptr<const GroupFigures>> GroupFiguresFor(
      storage::Connection& c, const common::v1::Area& group, int first_year, int last_year,
      int64_t data_version, const std::vector<common::v1::Indicator>& indicators);

  VersionedDatabase& database_;
  GroupFiguresCache group_figures_;
};

// The municipality that owns the request's plans, goals and activities (from
// its parent); empty when it names none.
std::string OwnerOf(const v1::UpsertThemeDataRequest& request);

// The write half of Upsert, inside a caller's transaction.
absl::Status WriteThemeData(
    storage::Connection& c, const v1::UpsertThemeDataRequest& request,
    const std::function<absl::Status(const std::set<std::string>& indicators,
                                     const std::set<std::string>& areas)>& check_references);

}  // namespace veilig::theme
