// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/IndicatorSetChecks.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cc::io {

namespace {

// The same translation context as the rest of the set reader.
class SetChecksText
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSetJson)
};

QStringList usersOf(const std::map<QString, QStringList>& templateUsers, const QString& code)
{
    const auto it = templateUsers.find(code);
    return it != templateUsers.end() ? it->second : QStringList();
}

} // namespace

std::vector<SetFinding> checkCaps(const IndicatorSet& set)
{
    std::vector<SetFinding> out;
    const auto fail = [&](const QString& path, const QString& what) { out.push_back({path, what}); };
    const auto isGrade = [&](const QString& label) {
        return std::any_of(
            set.grades.begin(), set.grades.end(), [&](const GradeBand& g) { return g.label.zh == label; });
    };
    if (!set.bottomLineCap.isEmpty() && !set.bottomLineCaps.empty())
        fail(QStringLiteral("bottom_line_caps"),
             SetChecksText::tr("a set names bottom_line_cap or bottom_line_caps, not both (bottom_line_cap: X is "
                               "bottom_line_caps: [{\"failures\": 1, \"grade\": X}])"));
    if (!set.bottomLineCap.isEmpty() && !isGrade(set.bottomLineCap))
        fail(QStringLiteral("bottom_line_cap"),
             SetChecksText::tr("names no grade: \"%1\" is not the label of any band in grades").arg(set.bottomLineCap));
    QSet<int> seen;
    for (size_t i = 0; i < set.bottomLineCaps.size(); ++i) {
        const BottomLineCap& cap = set.bottomLineCaps[i];
        const QString path = QStringLiteral("bottom_line_caps[%1]").arg(i);
        if (!isGrade(cap.grade)) // an empty label names no grade either
            fail(path + QStringLiteral(".grade"),
                 SetChecksText::tr("names no grade: \"%1\" is not the label of any band in grades").arg(cap.grade));
        if (seen.contains(cap.failures))
            fail(path + QStringLiteral(".failures"),
                 SetChecksText::tr("%1 failures is named twice; each step of the cap names another number")
                     .arg(cap.failures));
        seen.insert(cap.failures);
    }
    return out;
}

std::vector<SetFinding> checkAlternatives(IndicatorSet& set,
                                          const std::map<QString, QString>& templatePaths,
                                          const std::map<QString, QStringList>& templateUsers)
{
    std::vector<SetFinding> out;
    const auto fail = [&](const QString& path, const QString& what) { out.push_back({path, what}); };
    // Every template, shared or inline, by code: alternatives are checked and made symmetric.
    std::map<QString, std::vector<ProjectTemplate*>> templates;
    for (ProjectTemplate& t : set.projectTemplates)
        templates[t.code].push_back(&t);
    std::function<void(Group&)> collect = [&](Group& g) {
        for (Group& child : g.groups)
            collect(child);
        for (Indicator& ind : g.indicators) {
            for (ProjectRef& ref : ind.projects) {
                if (ref.inlineTemplate)
                    templates[ref.inlineTemplate->code].push_back(&*ref.inlineTemplate);
            }
        }
    };
    for (Group& g : set.groups)
        collect(g);
    std::vector<std::pair<QString, QString>> pairs; // (a, b): b is an alternative of a
    for (const auto& [code, copies] : templates) {
        const ProjectTemplate& t = *copies.front();
        const auto pathIt = templatePaths.find(code);
        const QString path = pathIt != templatePaths.end() ? pathIt->second : QString();
        for (qsizetype i = 0; i < t.alternatives.size(); ++i) {
            const QString& other = t.alternatives.at(i);
            const QString where = path + QStringLiteral(".alternatives[%1]").arg(i);
            if (!templates.count(other)) {
                fail(where, SetChecksText::tr("no project template has the code \"%1\"").arg(other));
                continue;
            }
            if (other == code) {
                fail(where, SetChecksText::tr("a template is not an alternative of itself"));
                continue;
            }
            // Alternatives solve the same problem: some indicator names both.
            const QStringList users = usersOf(templateUsers, code);
            const QStringList otherUsers = usersOf(templateUsers, other);
            if (std::none_of(users.begin(), users.end(), [&](const QString& u) { return otherUsers.contains(u); }))
                fail(where,
                     SetChecksText::tr("\"%1\" is a template of another problem: no indicator names both %2 and %1")
                         .arg(other, code));
            pairs.emplace_back(code, other);
        }
    }
    for (const auto& [a, b] : pairs) { // listing B in A puts A in B
        for (ProjectTemplate* t : templates[b]) {
            if (!t->alternatives.contains(a))
                t->alternatives.append(a);
        }
    }
    return out;
}

} // namespace cc::io
