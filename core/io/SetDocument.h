// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cc::io {

// The JSON document of an indicator set being edited (spec/indicator-set-format.md), addressed by
// node: a group by its place in the tree, an indicator by its group and its place there. What the
// set editor changes it changes here, field by field, so everything the editor does not show (unknown
// fields, inline templates, other languages) stays as it was. Checking it is parseIndicatorSet's job.
class SetDocument final
{

public:
    struct Node
    {
        QList<int> groups; // the place of each group on the way down: {1, 0} is groups[1].groups[0]
        int indicator = -1; // the place in the last group's indicators; -1: the group itself
        bool isIndicator() const { return indicator >= 0; }
        bool operator==(const Node&) const = default;
    };

    explicit SetDocument(QJsonObject document = {});
    const QJsonObject& json() const { return m_json; }

    QJsonObject node(const Node& node) const;
    void setNode(const Node& node, const QJsonObject& value);
    // Every node in the set's order (a group, its sub-groups, then its own indicators: scoring §1).
    std::vector<Node> nodes() const;
    // The JSON path of a node: "groups[1].groups[0].indicators[3]".
    static QString path(const Node& node);
    // The node a JSON path (of an error message) lies in, if any.
    std::optional<Node> nodeOf(const QString& path) const;

    // A new boolean indicator (名称 新指标) after `near` (an indicator) or at the end of `near` (a group),
    // with a code no node has yet; returns where it is.
    Node addIndicator(const Node& near);
    void remove(const Node& node);
    // One place up (-1) or down (+1) among its siblings; an indicator at the edge of its group goes to
    // the end or start of the group before or after it in the set's order that holds indicators (or
    // has no sub-groups). Returns where it is now.
    Node move(const Node& node, int delta);

private:
    QJsonObject m_json;
};

} // namespace cc::io
