// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/SetDiff.h"

#include "core/io/IndicatorSetJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <map>

namespace cc::report {

namespace {

// A node of the set's tree: its own fields (children left out), where it hangs and in what place.
struct Placed
{
    QJsonObject fields;
    QString parent;
    int position = 0;
};

struct Flattened
{
    std::vector<QString> groupOrder;
    std::vector<QString> indicatorOrder;
    std::map<QString, Placed> groups;
    std::map<QString, Placed> indicators;
};

void flatten(const QJsonArray& groups, const QString& parent, Flattened& out)
{
    int position = 0;
    for (const QJsonValue& g : groups) {
        QJsonObject group = g.toObject();
        const QString code = group.value(QStringLiteral("code")).toString();
        const QJsonArray children = group.value(QStringLiteral("groups")).toArray();
        const QJsonArray indicators = group.value(QStringLiteral("indicators")).toArray();
        group.remove(QStringLiteral("groups"));
        group.remove(QStringLiteral("indicators"));
        out.groupOrder.push_back(code);
        out.groups[code] = Placed {group, parent, position++};
        // The set's order: sub-groups before the group's own indicators.
        flatten(children, code, out);
        int place = 0;
        for (const QJsonValue& i : indicators) {
            const QJsonObject indicator = i.toObject();
            const QString indicatorCode = indicator.value(QStringLiteral("code")).toString();
            out.indicatorOrder.push_back(indicatorCode);
            out.indicators[indicatorCode] = Placed {indicator, code, place++};
        }
    }
}

QString shown(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Field by field, in a stable order (the union of both objects' keys, sorted as QJsonObject keeps them).
void compareFields(const QJsonObject& from,
                   const QJsonObject& to,
                   SetChange::Node node,
                   const QString& code,
                   std::vector<SetChange>& out)
{
    QStringList keys = from.keys();
    for (const QString& key : to.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    keys.sort();
    for (const QString& key : keys) {
        if (key == u"code")
            continue;
        const QJsonValue a = from.value(key);
        const QJsonValue b = to.value(key);
        if (a != b)
            out.push_back({SetChange::Kind::Changed, node, code, key, shown(a), shown(b)});
    }
}

// The codes that kept their order among their siblings: the longest common subsequence of the
// siblings both versions share under the same parent. Another code there was moved (one indicator
// put earlier moves itself, not every one it passed).
std::vector<QString> keptInOrder(const std::vector<QString>& a, const std::vector<QString>& b)
{
    const size_t n = a.size();
    const size_t m = b.size();
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);
    }
    std::vector<QString> out;
    for (size_t i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            out.push_back(a[i]);
            ++i;
            ++j;
        } else if (length[i + 1][j] > length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return out;
}

template <typename Order>
void compareNodes(const std::map<QString, Placed>& from,
                  const std::map<QString, Placed>& to,
                  const Order& fromOrder,
                  const Order& toOrder,
                  SetChange::Node node,
                  std::vector<SetChange>& out)
{
    // Per parent, the shared siblings in each version's order.
    std::map<QString, std::pair<std::vector<QString>, std::vector<QString>>> siblings;
    for (const QString& code : fromOrder) {
        const auto now = to.find(code);
        if (now != to.end() && now->second.parent == from.at(code).parent)
            siblings[now->second.parent].first.push_back(code);
    }
    for (const QString& code : toOrder) {
        const auto before = from.find(code);
        if (before != from.end() && before->second.parent == to.at(code).parent)
            siblings[to.at(code).parent].second.push_back(code);
    }
    QSet<QString> kept;
    for (const auto& [parent, lists] : siblings) {
        for (const QString& code : keptInOrder(lists.first, lists.second))
            kept.insert(code);
    }
    for (const QString& code : toOrder) {
        const Placed& now = to.at(code);
        const auto before = from.find(code);
        if (before == from.end()) {
            out.push_back({SetChange::Kind::Added, node, code, {}, {}, now.parent});
            continue;
        }
        if (!kept.contains(code))
            out.push_back({SetChange::Kind::Moved,
                           node,
                           code,
                           {},
                           SetDiff::tr("%1, place %2").arg(before->second.parent).arg(before->second.position + 1),
                           SetDiff::tr("%1, place %2").arg(now.parent).arg(now.position + 1)});
        compareFields(before->second.fields, now.fields, node, code, out);
    }
    for (const QString& code : fromOrder) {
        if (!to.count(code))
            out.push_back({SetChange::Kind::Removed, node, code, {}, from.at(code).parent, {}});
    }
}

std::map<QString, Placed> templates(const QJsonArray& list, std::vector<QString>* order)
{
    std::map<QString, Placed> out;
    int position = 0;
    for (const QJsonValue& t : list) {
        const QString code = t.toObject().value(QStringLiteral("code")).toString();
        order->push_back(code);
        out[code] = Placed {t.toObject(), {}, position++};
    }
    return out;
}

} // namespace

std::vector<SetChange> SetDiff::between(const IndicatorSet& from, const IndicatorSet& to)
{
    QJsonObject a = io::indicatorSetToJson(from);
    QJsonObject b = io::indicatorSetToJson(to);
    std::vector<SetChange> out;

    Flattened fa;
    Flattened fb;
    flatten(a.take(QStringLiteral("groups")).toArray(), {}, fa);
    flatten(b.take(QStringLiteral("groups")).toArray(), {}, fb);
    std::vector<QString> templateOrderA;
    std::vector<QString> templateOrderB;
    const auto ta = templates(a.take(QStringLiteral("project_templates")).toArray(), &templateOrderA);
    const auto tb = templates(b.take(QStringLiteral("project_templates")).toArray(), &templateOrderB);

    compareFields(a, b, SetChange::Node::Set, {}, out);
    compareNodes(fa.groups, fb.groups, fa.groupOrder, fb.groupOrder, SetChange::Node::Group, out);
    compareNodes(fa.indicators, fb.indicators, fa.indicatorOrder, fb.indicatorOrder, SetChange::Node::Indicator, out);
    // A template's place in the list means nothing: only its fields are compared.
    for (const QString& code : templateOrderB) {
        if (const auto before = ta.find(code); before == ta.end())
            out.push_back({SetChange::Kind::Added, SetChange::Node::Template, code, {}, {}, {}});
        else
            compareFields(before->second.fields, tb.at(code).fields, SetChange::Node::Template, code, out);
    }
    for (const QString& code : templateOrderA) {
        if (!tb.count(code))
            out.push_back({SetChange::Kind::Removed, SetChange::Node::Template, code, {}, {}, {}});
    }
    return out;
}

QString SetDiff::kindName(SetChange::Kind kind)
{
    switch (kind) {
    case SetChange::Kind::Added:
        return tr("added");
    case SetChange::Kind::Removed:
        return tr("removed");
    case SetChange::Kind::Changed:
        return tr("changed");
    case SetChange::Kind::Moved:
        return tr("moved");
    }
    return {};
}

QString SetDiff::nodeName(SetChange::Node node)
{
    switch (node) {
    case SetChange::Node::Set:
        return tr("set");
    case SetChange::Node::Group:
        return tr("group");
    case SetChange::Node::Indicator:
        return tr("indicator");
    case SetChange::Node::Template:
        return tr("project template");
    }
    return {};
}

} // namespace cc::report
