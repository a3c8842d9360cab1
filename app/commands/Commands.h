// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Building.h"
#include "core/domain/Community.h"
#include "core/domain/Photo.h"
#include "core/domain/Planning.h"
#include "core/domain/Response.h"
#include "core/planning/PlanView.h"
#include "core/services/BuildingService.h"
#include "core/services/ListsService.h"
#include "core/services/ProjectService.h"
#include "core/util/Result.h"

#include <vector>

class History;

// Every undoable change the GUI makes, one function per user operation. Each stores the change
// through its service; once it is stored, it pushes the command that can take it back onto the
// History and says what changed on the hub. On an Error nothing is stored and nothing pushed: the
// caller shows it (ErrorPresenter, or beside the field). The command classes live in the .cpp
// files of this folder, one per aggregate.
namespace commands {

// ---- the entry screen (AnswerCommands.cpp) ----
cc::Result<void> setResponse(History& history,
                             const cc::AssessmentId& assessment,
                             const cc::Response& before,
                             const cc::Response& after);
// Photos of one indicator, all or none; returns the stored records.
cc::Result<std::vector<cc::Photo>> addPhotos(History& history,
                                             const cc::AssessmentId& assessment,
                                             const QString& indicatorCode,
                                             std::vector<cc::PhotoUpload> uploads);
cc::Result<void> deletePhoto(History& history, const cc::Photo& photo);
cc::Result<void> setPhotoCaption(History& history, const cc::Photo& photo, const QString& caption);
// The day of the site visit of a draft or returned check.
cc::Result<void>
setCheckDate(History& history, const cc::AssessmentId& assessment, const QDate& before, const QDate& after);

// ---- 小区 and 楼栋 (BuildingCommands.cpp) ----
// A building as the editor has it: added when its ID is null, else edited.
cc::Result<cc::Building> saveBuilding(History& history, const cc::Community& community, const cc::Building& building);
cc::Result<void> removeBuilding(History& history, const cc::Community& community, const cc::Building& building);
// A buildings table (CSV or XLSX) into the community, all rows or none.
cc::Result<cc::BuildingsImported>
importBuildings(History& history, const cc::Community& community, const QString& path, const QString& fileName);

// One entry of a check's building ledger, from `before` (none: not recorded) to `after` (none:
// cleared).
cc::Result<void> setLedgerEntry(History& history,
                                const cc::AssessmentId& check,
                                const std::optional<cc::LedgerEntry>& before,
                                const std::optional<cc::LedgerEntry>& after);

// ---- 需求清单 and 资源清单 (ListCommands.cpp) ----
cc::Result<cc::Demand> addDemand(History& history, const cc::Demand& demand, const QString& communityCode);
cc::Result<void> removeDemand(History& history, const cc::Demand& demand);
// Imports from a CSV file or a workbook; one undo step takes back what the import added.
cc::Result<cc::ListImport<cc::SurveyTally>>
importTallies(History& history, const QString& communityCode, const QString& path);
cc::Result<cc::ListImport<cc::Demand>> importDemands(History& history, const QString& path);
cc::Result<cc::ListImport<cc::Resource>> importResources(History& history, const QString& path);
cc::Result<cc::Resource> addResource(History& history, const cc::Resource& resource, const QString& communityCode);
cc::Result<void> removeResource(History& history, const cc::Resource& resource);

// ---- 项目清单 (ProjectCommands.cpp) ----
cc::Result<cc::GenerationOutcome>
generateProjects(History& history, const cc::AssessmentId& assessment, const QString& language);
// Accepts or rejects several projects at once (all or none); a rejection needs a reason.
cc::Result<std::vector<cc::Project>>
decideProjects(History& history, const std::vector<cc::Project>& projects, bool accept, const QString& reason);
// Fields and status of one project, in one step.
cc::Result<cc::Project> editProject(History& history, const cc::Project& edited);
cc::Result<cc::Project> bundleProjects(History& history, const QString& name, const std::vector<cc::ProjectId>& items);

// ---- 年度实施计划 (PlanCommands.cpp) ----
cc::Result<cc::planning::PlanView> buildPlan(History& history, const QString& county, int year, double budgetWan);
// The five parts' text of a built plan.
cc::Result<void> setPlanTexts(History& history, const QString& county, int year, const cc::Plan& texts);

} // namespace commands
