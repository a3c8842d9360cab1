// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SetDocument.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace cc::io {

namespace {

const QString kGroups = QStringLiteral("groups");
const QString kIndicators = QStringLiteral("indicators");

// Runs `edit` on the group at `path` inside `groups` (an array), writing the copies back up.
bool editGroup(QJsonArray& groups,
               const QList<int>& path,
               qsizetype depth,
               const std::function<void(QJsonObject&)>& edit)
{
    const int at = path.value(depth, -1);
    if (at < 0 || at >= groups.size())
        return false;
    QJsonObject group = groups[at].toObject();
    if (depth + 1 == path.size()) {
        edit(group);
    } else {
        QJsonArray children = group.value(kGroups).toArray();
        if (!editGroup(children, path, depth + 1, edit))
            return false;
        group[kGroups] = children;
    }
    groups[at] = group;
    return true;
}

std::optional<QJsonObject> groupAt(const QJsonObject& root, const QList<int>& path)
{
    QJsonObject current = root;
    for (const int at : path) {
        const QJsonArray groups = current.value(kGroups).toArray();
        if (at < 0 || at >= groups.size())
            return std::nullopt;
        current = groups[at].toObject();
    }
    return current;
}

void collectCodes(const QJsonArray& groups, QSet<QString>& codes)
{
    for (const QJsonValue& g : groups) {
        const QJsonObject group = g.toObject();
        codes.insert(group.value(QStringLiteral("code")).toString());
        for (const QJsonValue& i : group.value(kIndicators).toArray())
            codes.insert(i.toObject().value(QStringLiteral("code")).toString());
        collectCodes(group.value(kGroups).toArray(), codes);
    }
}

void collectNodes(const QJsonArray& groups, QList<int> path, std::vector<SetDocument::Node>& out)
{
    for (int g = 0; g < groups.size(); ++g) {
        QList<int> here = path;
        here << g;
        out.push_back({here, -1});
        const QJsonObject group = groups[g].toObject();
        // The set's order (scoring §1): a group's sub-groups before its own indicators.
        collectNodes(group.value(kGroups).toArray(), here, out);
        const int count = static_cast<int>(group.value(kIndicators).toArray().size());
        for (int i = 0; i < count; ++i)
            out.push_back({here, i});
    }
}

// The groups whose indicators stand in the set's order, in that order: a group after its sub-groups
// (their indicators come first), and only one that holds indicators or could (no sub-groups).
void collectHolders(const QJsonArray& groups, const QList<int>& path, std::vector<QList<int>>& out)
{
    for (int g = 0; g < groups.size(); ++g) {
        QList<int> here = path;
        here << g;
        const QJsonObject group = groups[g].toObject();
        const QJsonArray children = group.value(kGroups).toArray();
        collectHolders(children, here, out);
        if (!group.value(kIndicators).toArray().isEmpty() || children.isEmpty())
            out.push_back(here);
    }
}

} // namespace

SetDocument::SetDocument(QJsonObject document)
    : m_json(std::move(document))
{ }

QJsonObject SetDocument::node(const Node& node) const
{
    const auto group = groupAt(m_json, node.groups);
    if (!group || node.groups.isEmpty())
        return {};
    if (!node.isIndicator())
        return *group;
    return group->value(kIndicators).toArray().at(node.indicator).toObject();
}

void SetDocument::setNode(const Node& node, const QJsonObject& value)
{
    QJsonArray groups = m_json.value(kGroups).toArray();
    const bool done = editGroup(groups, node.groups, 0, [&](QJsonObject& group) {
        if (!node.isIndicator()) {
            // The group's own fields; its children stay as they are.
            QJsonObject replaced = value;
            replaced[kGroups] = group.value(kGroups);
            replaced[kIndicators] = group.value(kIndicators);
            if (replaced.value(kGroups).toArray().isEmpty() && !group.contains(kGroups))
                replaced.remove(kGroups);
            if (replaced.value(kIndicators).toArray().isEmpty() && !group.contains(kIndicators))
                replaced.remove(kIndicators);
            group = replaced;
            return;
        }
        QJsonArray indicators = group.value(kIndicators).toArray();
        if (node.indicator < indicators.size()) {
            indicators[node.indicator] = value;
            group[kIndicators] = indicators;
        }
    });
    if (done)
        m_json[kGroups] = groups;
}

std::vector<SetDocument::Node> SetDocument::nodes() const
{
    std::vector<Node> out;
    collectNodes(m_json.value(kGroups).toArray(), {}, out);
    return out;
}

QString SetDocument::path(const Node& node)
{
    QStringList parts;
    for (const int g : node.groups)
        parts << QStringLiteral("groups[%1]").arg(g);
    if (node.isIndicator())
        parts << QStringLiteral("indicators[%1]").arg(node.indicator);
    return parts.join(u'.');
}

std::optional<SetDocument::Node> SetDocument::nodeOf(const QString& jsonPath) const
{
    static const QRegularExpression step(QStringLiteral("^(groups|indicators)\\[(\\d+)\\]"));
    Node node;
    QString rest = jsonPath;
    while (true) {
        const auto match = step.match(rest);
        if (!match.hasMatch())
            break;
        const int at = match.captured(2).toInt();
        if (match.captured(1) == kGroups) {
            if (node.isIndicator())
                break;
            node.groups << at;
        } else {
            node.indicator = at;
        }
        rest = rest.mid(match.capturedLength());
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
    }
    if (node.groups.isEmpty())
        return std::nullopt;
    return node;
}

SetDocument::Node SetDocument::addIndicator(const Node& near)
{
    QSet<QString> codes;
    collectCodes(m_json.value(kGroups).toArray(), codes);
    QString code;
    for (int n = 1; code.isEmpty() || codes.contains(code); ++n)
        code = QStringLiteral("NEW-%1").arg(n);
    const QJsonObject indicator {
        {QStringLiteral("code"), code},
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("zh"), QStringLiteral("新指标")}}}, // data: 名称 is Chinese
        {QStringLiteral("type"), QStringLiteral("boolean")},
    };
    Node added {near.groups, 0};
    QJsonArray groups = m_json.value(kGroups).toArray();
    editGroup(groups, near.groups, 0, [&](QJsonObject& group) {
        QJsonArray indicators = group.value(kIndicators).toArray();
        added.indicator = near.isIndicator() ? std::min(near.indicator + 1, static_cast<int>(indicators.size()))
                                             : static_cast<int>(indicators.size());
        indicators.insert(added.indicator, indicator);
        group[kIndicators] = indicators;
    });
    m_json[kGroups] = groups;
    return added;
}

void SetDocument::remove(const Node& node)
{
    QJsonArray groups = m_json.value(kGroups).toArray();
    if (!node.isIndicator()) {
        const QList<int> parent = node.groups.mid(0, node.groups.size() - 1);
        const int at = node.groups.last();
        if (parent.isEmpty()) {
            if (at < groups.size())
                groups.removeAt(at);
        } else {
            editGroup(groups, parent, 0, [&](QJsonObject& group) {
                QJsonArray children = group.value(kGroups).toArray();
                if (at < children.size())
                    children.removeAt(at);
                group[kGroups] = children;
            });
        }
    } else {
        editGroup(groups, node.groups, 0, [&](QJsonObject& group) {
            QJsonArray indicators = group.value(kIndicators).toArray();
            if (node.indicator < indicators.size())
                indicators.removeAt(node.indicator);
            group[kIndicators] = indicators;
        });
    }
    m_json[kGroups] = groups;
}

SetDocument::Node SetDocument::move(const Node& node, int delta)
{
    if (!node.isIndicator() || delta == 0)
        return node;
    const QJsonObject moving = this->node(node);
    const auto group = groupAt(m_json, node.groups);
    if (!group)
        return node;
    const int count = static_cast<int>(group->value(kIndicators).toArray().size());
    const int target = node.indicator + (delta < 0 ? -1 : 1);
    if (target >= 0 && target < count) {
        const QJsonObject other = this->node({node.groups, target});
        setNode({node.groups, target}, moving);
        setNode(node, other);
        return {node.groups, target};
    }
    // Past the edge: into the neighbouring group that holds indicators (or could: a group without
    // sub-groups), in the set's order.
    std::vector<QList<int>> holders;
    collectHolders(m_json.value(kGroups).toArray(), {}, holders);
    const auto here = std::find(holders.begin(), holders.end(), node.groups);
    if (here == holders.end())
        return node;
    const auto next = delta < 0 ? (here == holders.begin() ? holders.end() : here - 1) : here + 1;
    if (next == holders.end())
        return node;
    const QList<int> destination = *next;
    remove(node);
    QJsonArray groups = m_json.value(kGroups).toArray();
    Node placed {destination, 0};
    editGroup(groups, destination, 0, [&](QJsonObject& g) {
        QJsonArray indicators = g.value(kIndicators).toArray();
        placed.indicator = delta < 0 ? static_cast<int>(indicators.size()) : 0;
        indicators.insert(placed.indicator, moving);
        g[kIndicators] = indicators;
    });
    m_json[kGroups] = groups;
    return placed;
}

} // namespace cc::io
