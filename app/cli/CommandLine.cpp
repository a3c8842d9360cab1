// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include <QCoreApplication>

namespace {

class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static QString needsValue(const QString& option) { return tr("the option %1 needs a value").arg(option); }
    static QString unknown(const QString& option) { return tr("unknown option %1").arg(option); }
    static QString noValue(const QString& option) { return tr("the option %1 takes no value").arg(option); }
    static QString twice(const QString& option) { return tr("the option %1 is given twice").arg(option); }
    static QString tooFew(int expected) { return tr("missing argument (expected %n)", nullptr, expected); }
    static QString tooMany(const QString& extra) { return tr("unexpected argument \"%1\"").arg(extra); }
};

// "--db=x" → ("db", "x"); "--json" → ("json", none); "-o" → ("o", none).
std::pair<QString, std::optional<QString>> splitOption(const QString& token)
{
    const QString body = token.startsWith(u"--") ? token.mid(2) : token.mid(1);
    const qsizetype eq = body.indexOf(u'=');
    if (eq < 0)
        return {body, std::nullopt};
    return {body.left(eq), body.mid(eq + 1)};
}

bool isOption(const QString& token)
{
    return token.size() > 1 && token.startsWith(u'-') && token != u"--";
}

} // namespace

std::optional<QString> CommandLine::extractGlobals(QStringList& arguments,
                                                   const QSet<QString>& globalFlags,
                                                   const QSet<QString>& globalValued,
                                                   QMap<QString, QString>& globals)
{
    QStringList rest;
    bool commandSeen = false; // global flags (--help, --version) count only before the command:
                              // after it, `--version V` belongs to the command
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& token = arguments.at(i);
        if (token == u"--") { // everything after is an argument
            rest.append(arguments.mid(i));
            break;
        }
        if (!isOption(token)) {
            commandSeen = true;
            rest.append(token);
            continue;
        }
        auto [name, inlineValue] = splitOption(token);
        if (token == u"-h" && globalFlags.contains(QStringLiteral("help")))
            name = QStringLiteral("help"); // GNU style: -h is --help, anywhere
        if (globalFlags.contains(name) && (!commandSeen || name == u"help")) {
            if (inlineValue)
                return CommandLineText::noValue(token);
            globals.insert(name, QString());
        } else if (globalValued.contains(name)) {
            if (inlineValue) {
                globals.insert(name, *inlineValue);
            } else {
                if (i + 1 >= arguments.size())
                    return CommandLineText::needsValue(token);
                globals.insert(name, arguments.at(++i));
            }
        } else {
            rest.append(token);
        }
    }
    arguments = rest;
    return std::nullopt;
}

std::optional<QString> CommandLine::parse(const QStringList& tokens, const Spec& spec)
{
    bool onlyArgs = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (onlyArgs || !isOption(token)) {
            m_args.append(token);
            continue;
        }
        if (token == u"--") {
            onlyArgs = true;
            continue;
        }
        const auto [name, inlineValue] = splitOption(token);
        if (spec.flags.contains(name)) {
            if (inlineValue)
                return CommandLineText::noValue(token);
            m_flags.insert(name);
        } else if (spec.valued.contains(name)) {
            QString value;
            if (inlineValue) {
                value = *inlineValue;
            } else {
                if (i + 1 >= tokens.size())
                    return CommandLineText::needsValue(token);
                value = tokens.at(++i);
            }
            if (m_values.contains(name) && !spec.repeated.contains(name))
                return CommandLineText::twice(token);
            m_values[name].append(value);
        } else {
            return CommandLineText::unknown(token);
        }
    }
    if (m_args.size() < spec.minArgs)
        return CommandLineText::tooFew(spec.minArgs);
    if (m_args.size() > spec.maxArgs)
        return CommandLineText::tooMany(m_args.at(spec.maxArgs));
    return std::nullopt;
}
