// SPDX-License-Identifier: GPL-3.0-or-later
// The set editor's core: an edited set is stored as a new version (a stored one never changes), the
// differences between two versions, and the checks whose grade an edit would change.
#include "core/io/IndicatorSetJson.h"
#include "core/io/SetDocument.h"
#include "core/report/SetDiff.h"
#include "core/services/Workspace.h"
#include "tests/support/Fixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>

using cc::report::SetChange;
using cc::report::SetDiff;

namespace {

struct Fixture : testing::Fixture
{
    Fixture()
        : testing::Fixture({.responses = QStringLiteral("scoring/responses.csv")})
    { }

    QJsonObject document()
    {
        auto set = ws->sets().load(setCode);
        REQUIRE_OK(set);
        return cc::io::indicatorSetToJson(**set);
    }
};

// The indicator `code` of a document, changed by `edit`.
void editIndicator(QJsonObject& doc, const QString& code, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray groups = doc[QStringLiteral("groups")].toArray();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QJsonObject group = groups[g].toObject();
        QJsonArray subgroups = group[QStringLiteral("groups")].toArray();
        for (qsizetype s = 0; s < subgroups.size(); ++s) {
            QJsonObject sub = subgroups[s].toObject();
            QJsonArray indicators = sub[QStringLiteral("indicators")].toArray();
            for (qsizetype i = 0; i < indicators.size(); ++i) {
                QJsonObject ind = indicators[i].toObject();
                if (ind[QStringLiteral("code")].toString() == code) {
                    edit(ind);
                    indicators[i] = ind;
                }
            }
            sub[QStringLiteral("indicators")] = indicators;
            subgroups[s] = sub;
        }
        group[QStringLiteral("groups")] = subgroups;
        QJsonArray indicators = group[QStringLiteral("indicators")].toArray();
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            QJsonObject ind = indicators[i].toObject();
            if (ind[QStringLiteral("code")].toString() == code) {
                edit(ind);
                indicators[i] = ind;
            }
        }
        group[QStringLiteral("indicators")] = indicators;
        groups[g] = group;
    }
    doc[QStringLiteral("groups")] = groups;
}

} // namespace

TEST_CASE("An edited set is stored as a new version; a stored version never changes", "[services][sets][editor]")
{
    Fixture f;
    QJsonObject doc = f.document();
    editIndicator(doc, QStringLiteral("A-02"), [](QJsonObject& ind) { ind[QStringLiteral("weight")] = 3; });
    const QString before = testing::dumpDatabase(f.path);
    // The same version with other content: refused, nothing stored.
    auto same = f.ws->sets().saveEdited(doc, QStringLiteral("1"));
    REQUIRE_FALSE(same);
    CHECK(same.error().message.contains(QStringLiteral("never changes")));
    // Even with the same content: saving is for new versions.
    auto unchanged = f.ws->sets().saveEdited(f.document(), QStringLiteral("1"));
    REQUIRE_FALSE(unchanged);
    // A rule broken: refused with its JSON path.
    QJsonObject broken = doc;
    broken[QStringLiteral("version")] = QStringLiteral("2");
    editIndicator(broken, QStringLiteral("A-02"), [](QJsonObject& ind) { ind[QStringLiteral("weight")] = -1; });
    auto refused = f.ws->sets().saveEdited(broken, QStringLiteral("1"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("indicators[1].weight")));
    CHECK(testing::dumpDatabase(f.path) == before);

    doc[QStringLiteral("version")] = QStringLiteral("2");
    auto saved = f.ws->sets().saveEdited(doc, QStringLiteral("1"));
    REQUIRE_OK(saved);
    CHECK(saved->created);
    auto v1 = f.ws->sets().load(f.setCode, QStringLiteral("1"));
    auto v2 = f.ws->sets().load(f.setCode, QStringLiteral("2"));
    REQUIRE_OK(v1);
    REQUIRE_OK(v2);
    CHECK((*v1)->indicator(u"A-02")->weight == 1);
    CHECK((*v2)->indicator(u"A-02")->weight == 3);
}

TEST_CASE("The differences between two versions: fields, added, removed, moved", "[services][sets][editor]")
{
    Fixture f;
    auto v1 = f.ws->sets().load(f.setCode);
    REQUIRE_OK(v1);
    QJsonObject doc = f.document();
    doc[QStringLiteral("version")] = QStringLiteral("2");
    editIndicator(doc, QStringLiteral("A-02"), [](QJsonObject& ind) {
        ind[QStringLiteral("target")] = 80;
        ind[QStringLiteral("bottom_line")] = true;
    });
    // A-03 goes before A-01 in its group; A-01 leaves; a new indicator A-04 comes last.
    QJsonArray groups = doc[QStringLiteral("groups")].toArray();
    QJsonObject a = groups[0].toObject();
    QJsonArray indicators = a[QStringLiteral("indicators")].toArray();
    QJsonObject a01 = indicators[0].toObject();
    QJsonObject a03 = indicators[2].toObject();
    QJsonObject a04 = a01;
    a04[QStringLiteral("code")] = QStringLiteral("A-04");
    a[QStringLiteral("indicators")] = QJsonArray {a03, indicators[1], a04};
    groups[0] = a;
    doc[QStringLiteral("groups")] = groups;
    auto v2 = cc::io::parseIndicatorSet(doc, QStringLiteral("edited"));
    REQUIRE_OK(v2);

    const auto changes = SetDiff::between(**v1, *v2);
    const auto has = [&](SetChange::Kind kind, const QString& code, const QString& field = {}) {
        return std::any_of(changes.begin(), changes.end(), [&](const SetChange& c) {
            return c.kind == kind && c.code == code && c.field == field;
        });
    };
    CHECK(has(SetChange::Kind::Changed, {}, QStringLiteral("version")));
    CHECK(has(SetChange::Kind::Changed, QStringLiteral("A-02"), QStringLiteral("target")));
    CHECK(has(SetChange::Kind::Changed, QStringLiteral("A-02"), QStringLiteral("bottom_line")));
    CHECK(has(SetChange::Kind::Removed, QStringLiteral("A-01")));
    CHECK(has(SetChange::Kind::Added, QStringLiteral("A-04")));
    CHECK(has(SetChange::Kind::Moved, QStringLiteral("A-03")));
    CHECK_FALSE(has(SetChange::Kind::Moved, QStringLiteral("A-02"))); // passed by A-03, not moved itself
    const auto target = std::find_if(
        changes.begin(), changes.end(), [](const SetChange& c) { return c.code == u"A-02" && c.field == u"target"; });
    CHECK(target->after == u"80");
    CHECK(SetDiff::between(**v1, **v1).empty());
}

TEST_CASE("Which stored checks an edit would move to another grade", "[services][sets][editor]")
{
    Fixture f;
    auto scored = f.ws->assessments().score(f.check);
    REQUIRE_OK(scored);
    REQUIRE(scored->score.grade->label.zh == u"良"); // 80.0
    QJsonObject doc = f.document();
    doc[QStringLiteral("version")] = QStringLiteral("2");
    // 良 from 82 on: the check falls to 中.
    QJsonArray grades = doc[QStringLiteral("grades")].toArray();
    QJsonObject good = grades[1].toObject();
    good[QStringLiteral("min")] = 82;
    grades[1] = good;
    doc[QStringLiteral("grades")] = grades;
    auto edited = cc::io::parseIndicatorSet(doc, QStringLiteral("edited"));
    REQUIRE_OK(edited);
    auto changes = f.ws->assessments().gradeChanges(*edited, f.setCode, QStringLiteral("1"));
    REQUIRE_OK(changes);
    CHECK(changes->checks == 1);
    REQUIRE(changes->changed.size() == 1);
    CHECK(changes->changed.front().assessment.id == f.check);
    CHECK(changes->changed.front().gradeBefore == u"良");
    CHECK(changes->changed.front().gradeAfter == u"中");
    CHECK(*changes->changed.front().scoreAfter == Catch::Approx(80.0).margin(0.01));

    // An edit that moves no grade lists no check.
    auto same = f.ws->assessments().gradeChanges(**f.ws->sets().load(f.setCode), f.setCode, QStringLiteral("1"));
    REQUIRE_OK(same);
    CHECK(same->changed.empty());
}

TEST_CASE("The edited document: the set's order, moves across groups, nothing lost", "[services][sets][editor]")
{
    // A group with a sub-group and its own indicators: the sub-group's come first (scoring §1).
    const QJsonObject json {
        {QStringLiteral("groups"),
         QJsonArray {QJsonObject {
                         {QStringLiteral("code"), QStringLiteral("A")},
                         {QStringLiteral("groups"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("code"), QStringLiteral("A1")},
                              {QStringLiteral("indicators"),
                               QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("A1-01")}}}}}}},
                         {QStringLiteral("indicators"),
                          QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("A-01")},
                                                   {QStringLiteral("x-note"), QStringLiteral("kept")}}}},
                     },
                     QJsonObject {{QStringLiteral("code"), QStringLiteral("B")}}}}};
    cc::io::SetDocument doc(json);
    QStringList order;
    for (const auto& node : doc.nodes())
        order << doc.node(node).value(QStringLiteral("code")).toString();
    CHECK(order.join(u' ') == u"A A1 A1-01 A-01 B");
    // A-01 up past the edge of A lands at the end of A1, the group before it in the set's order.
    const auto moved = doc.move({{0}, 0}, -1);
    CHECK(moved == cc::io::SetDocument::Node {{0, 0}, 1});
    CHECK(doc.node(moved).value(QStringLiteral("x-note")).toString() == u"kept");
    // A now holds only its sub-group, so down goes on into the empty group B, and up comes back.
    const auto intoB = doc.move(moved, 1);
    CHECK(intoB == cc::io::SetDocument::Node {{1}, 0});
    CHECK(doc.move(intoB, -1) == cc::io::SetDocument::Node {{0, 0}, 1});
    CHECK(doc.nodeOf(QStringLiteral("groups[1].indicators[0].weight")) == intoB);
}
