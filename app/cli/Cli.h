// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Assessment.h"
#include "core/domain/Planning.h"
#include "core/services/AssessmentWorkflow.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cc {
class Workspace;
}
class CommandLine;

// `communitycheck-cli`: the scripting door (spec/cli.md). Everything goes through the same core
// services as the GUI. Exit status 0 success, 1 the operation failed, 2 usage error; a failure
// prints one `error: ` line on stderr, then details.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { Success = 0, Failure = 1, Usage = 2 };

    Cli(QTextStream& out, QTextStream& err);
    ~Cli();

    // `arguments` without the program name.
    int run(QStringList arguments);

private:
    using Handler = std::function<int(const QStringList&)>;

    int usageError(const QString& message, const QString& command = {});
    int fail(const cc::Error& error);
    void warn(const QString& message);
    QString usageText() const;
    QString commandHelp(const QStringList& words) const;
    // `alreadyChecked`: a worker of a command that has just opened the same file (no integrity scan).
    bool openWorkspace(bool create, bool alreadyChecked = false);
    // Opens the database and resolves an ASSESSMENT argument; prints the error and returns none on failure.
    std::optional<cc::Assessment> openAndResolve(const QString& idOrPrefix);

    int cmdInit(const QStringList& tokens);
    int cmdUpgrade(const QStringList& tokens);
    int cmdBackup(const QStringList& tokens);
    int cmdRestore(const QStringList& tokens);
    int cmdCheck(const QStringList& tokens);
    int cmdServerInit(const QStringList& tokens);
    int cmdServerImport(const QStringList& tokens);
    int cmdServerUser(const QStringList& tokens);
    int cmdServerUserAdd(const QStringList& tokens);
    int cmdServerUserList(const QStringList& tokens);
    int cmdSetsImport(const QStringList& tokens);
    int cmdSetsList(const QStringList& tokens);
    int cmdSetsExport(const QStringList& tokens);
    int cmdCommunitiesAdd(const QStringList& tokens);
    int cmdCommunitiesList(const QStringList& tokens);
    int cmdCommunitiesImport(const QStringList& tokens);
    int cmdBuildingsImport(const QStringList& tokens);
    int cmdBuildingsList(const QStringList& tokens);
    int cmdLedgerImport(const QStringList& tokens);
    int cmdLedgerList(const QStringList& tokens);
    int cmdExportNational(const QStringList& tokens);
    int cmdAssessmentsNew(const QStringList& tokens);
    int cmdAssessmentsEdit(const QStringList& tokens);
    int cmdAssessmentsList(const QStringList& tokens);
    using ReviewStep = cc::ReviewStep;
    int cmdAssessmentsReview(const QStringList& tokens, ReviewStep step);
    int cmdScores(const QStringList& tokens);
    int cmdBundleExport(const QStringList& tokens);
    int cmdBundleImport(const QStringList& tokens);
    static QDate parseCheckDate(const QString& text);
    int cmdResponsesImport(const QStringList& tokens);
    int cmdScore(const QStringList& tokens);
    int cmdProblems(const QStringList& tokens);
    int cmdDemoGenerate(const QStringList& tokens);
    int cmdPhotosAdd(const QStringList& tokens);
    int cmdPhotosList(const QStringList& tokens);
    int cmdReport(const QStringList& tokens);
    int cmdChecklist(const QStringList& tokens);
    int cmdProjectsGenerate(const QStringList& tokens);
    int cmdProjectsList(const QStringList& tokens);
    int cmdProjectsExport(const QStringList& tokens);
    int cmdProjectsDecide(const QStringList& tokens, bool accept);
    int cmdProjectsEdit(const QStringList& tokens);
    int cmdProjectsBundle(const QStringList& tokens);
    int cmdDemandsAdd(const QStringList& tokens);
    int cmdDemandsList(const QStringList& tokens);
    int cmdTalliesImport(const QStringList& tokens);
    // demands, resources or prices import FILE
    int cmdListImport(const QStringList& tokens, QStringView list);
    int cmdResourcesAdd(const QStringList& tokens);
    int cmdResourcesList(const QStringList& tokens);
    int cmdPricesSet(const QStringList& tokens);
    int cmdPricesList(const QStringList& tokens);
    int cmdPlanBuild(const QStringList& tokens);
    std::optional<double> numberOption(const CommandLine& cl, const QString& name, QString& error);
    void printProjects(const std::vector<cc::Project>& projects);
    int cmdReportSettings(const QStringList& tokens);
    int reportWorker(const QStringList& ids, const QString& directory);
    int reportBatch(const QString& round, const QString& county, const QString& directory, int jobs);

    void printJson(const class QJsonDocument& document);
    // Every `… list [--json]`: the items as a JSON array, or as a table for people (CliOutput.h).
    template <typename T, typename ToJson, typename ToRow>
    int printList(
        const CommandLine& cl, const std::vector<T>& items, ToJson toJson, const QStringList& header, ToRow toRow);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_dbPath;
    QString m_language;
    QString m_user;
    QString m_command; // for messages: "sets import"
    std::unique_ptr<cc::Workspace> m_workspace;
};
