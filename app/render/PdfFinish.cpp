// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/PdfFinish.h"

#include "app/render/ReportFonts.h"

#include <QFont>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringEncoder>

#include <algorithm>
#include <optional>

namespace {

bool isRadicalOrCompatibility(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x2FDF) // CJK Radicals Supplement, Kangxi Radicals
        || (cp >= 0xF900 && cp <= 0xFAFF); // CJK Compatibility Ideographs
}

bool inGb2312(char16_t cp)
{
    QStringEncoder gb("GB2312");
    if (!gb.isValid())
        return false;
    const QByteArray bytes = gb.encode(QString(QChar(cp)));
    return !gb.hasError() && !bytes.isEmpty();
}

// The unified ideograph (URO, then Extension A) each glyph of `font` draws; where two share a
// glyph, the one in GB 2312 (the simplified form a Chinese text uses), else the lower.
QHash<quint32, char16_t> buildIdeographsByGlyph(const QRawFont& font)
{
    QHash<quint32, char16_t> byGlyph;
    for (const auto& [first, last] : {std::pair<char16_t, char16_t> {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}}) {
        QString chars;
        chars.reserve(last - first + 1);
        for (char32_t cp = first; cp <= last; ++cp)
            chars.append(QChar(static_cast<char16_t>(cp)));
        QList<quint32> glyphs(chars.size());
        int count = static_cast<int>(glyphs.size());
        if (!font.glyphIndexesForChars(chars.constData(), static_cast<int>(chars.size()), glyphs.data(), &count))
            continue;
        for (int i = 0; i < count; ++i) {
            if (glyphs[i] == 0)
                continue;
            const char16_t cp = chars.at(i).unicode();
            const auto it = byGlyph.find(glyphs[i]);
            if (it == byGlyph.end())
                byGlyph.insert(glyphs[i], cp);
            else if (!inGb2312(*it) && inGb2312(cp))
                *it = cp;
        }
    }
    return byGlyph;
}

const QHash<quint32, char16_t>& ideographsByGlyph(const QRawFont& font)
{
    static QMutex mutex;
    static QHash<QString, QHash<quint32, char16_t>> cache;
    const QString key = font.familyName() + QLatin1Char('|') + font.styleName();
    const QMutexLocker lock(&mutex);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, buildIdeographsByGlyph(font));
    return *it;
}

QString normalizedName(QString name)
{
    name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    return name.toLower();
}

// The raw font of the report's CJK family that a /BaseFont names, if it is that family.
std::optional<QRawFont> cjkFontNamed(const QByteArray& baseFont)
{
    const QString family = ReportFonts::cjkFamily().family;
    if (family.isEmpty())
        return std::nullopt;
    QString name = QString::fromLatin1(baseFont);
    if (name.size() > 7 && name.at(6) == QLatin1Char('+'))
        name = name.mid(7); // a subset tag
    if (!normalizedName(name).startsWith(normalizedName(family)))
        return std::nullopt;
    QFont font(family);
    font.setBold(name.contains(QLatin1String("Bold"), Qt::CaseInsensitive));
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return std::nullopt;
    return raw;
}

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

QByteArray pdfText(const QString& text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += hex4(c.unicode());
    return out + '>';
}

// The code → text entries of a ToUnicode CMap body (the part between endcodespacerange and endcmap).
// Qt writes bfrange lines `<a> <b> <u>` and `<a> <b> [<u1> …]` and bfchar lines `<a> <u>`.
std::optional<QMap<uint, QString>> parseCmap(const QByteArray& body)
{
    QMap<uint, QString> map;
    const auto hexText = [](const QByteArray& hex) {
        QString text;
        for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
            text.append(QChar(static_cast<char16_t>(hex.mid(i, 4).toUInt(nullptr, 16))));
        return text;
    };
    enum class Mode { None, Range, Char } mode = Mode::None;
    for (const QByteArray& raw : body.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.endsWith("beginbfrange")) {
            mode = Mode::Range;
            continue;
        }
        if (line.endsWith("beginbfchar")) {
            mode = Mode::Char;
            continue;
        }
        if (line == "endbfrange" || line == "endbfchar") {
            mode = Mode::None;
            continue;
        }
        if (mode == Mode::None || line.isEmpty())
            continue;
        QList<QByteArray> tokens;
        static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]*)>"));
        for (auto m = hexToken.globalMatch(QString::fromLatin1(line)); m.hasNext();)
            tokens.append(m.next().captured(1).toLatin1());
        bool ok = false;
        if (mode == Mode::Char) {
            if (tokens.size() != 2)
                return std::nullopt;
            map.insert(tokens[0].toUInt(&ok, 16), hexText(tokens[1]));
            if (!ok)
                return std::nullopt;
            continue;
        }
        if (tokens.size() < 3)
            return std::nullopt;
        const uint first = tokens[0].toUInt(&ok, 16);
        bool okLast = false;
        const uint last = tokens[1].toUInt(&okLast, 16);
        if (!ok || !okLast || last < first)
            return std::nullopt;
        if (line.contains('[')) {
            if (tokens.size() != static_cast<qsizetype>(last - first) + 3)
                return std::nullopt;
            for (uint code = first; code <= last; ++code)
                map.insert(code, hexText(tokens[code - first + 2]));
        } else {
            const QString start = hexText(tokens[2]);
            if (start.isEmpty())
                return std::nullopt;
            for (uint code = first; code <= last; ++code) {
                QString text = start;
                text.back() = QChar(static_cast<char16_t>(start.back().unicode() + (code - first)));
                map.insert(code, text);
            }
        }
    }
    return map;
}

QByteArray bfchars(const QMap<uint, QString>& map)
{
    QByteArray out;
    const QList<uint> codes = map.keys();
    for (qsizetype from = 0; from < codes.size(); from += 100) { // at most 100 entries per block
        const qsizetype n = std::min<qsizetype>(100, codes.size() - from);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype i = from; i < from + n; ++i) {
            QByteArray text;
            for (const QChar c : map.value(codes[i]))
                text += hex4(c.unicode());
            out += '<' + hex4(codes[i]) + "> <" + text + ">\n";
        }
        out += "endbfchar\n";
    }
    return out;
}

struct Document
{
    QMap<qsizetype, int> objectAt; // offset → object number, in file order
    QByteArray xrefHead; // "xref\n0 N\n"
    QList<QByteArray> xrefLines; // one per object number, as written
    QByteArray trailer; // "trailer … >>\n"
    qsizetype xrefPosition = 0;
};

std::optional<Document> parseDocument(const QByteArray& pdf)
{
    Document doc;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    bool ok = false;
    doc.xrefPosition = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || doc.xrefPosition <= 0 || doc.xrefPosition >= startxref || !pdf.mid(doc.xrefPosition).startsWith("xref"))
        return std::nullopt;
    const qsizetype trailer = pdf.indexOf("trailer", doc.xrefPosition);
    if (trailer < 0 || trailer > startxref)
        return std::nullopt;
    QList<QByteArray> lines = pdf.mid(doc.xrefPosition, trailer - doc.xrefPosition).split('\n');
    if (lines.size() < 3)
        return std::nullopt;
    const QList<QByteArray> section = lines[1].simplified().split(' ');
    if (section.size() != 2 || section[0] != "0")
        return std::nullopt;
    const int size = section[1].toInt(&ok);
    if (!ok || lines.size() < size + 2)
        return std::nullopt;
    doc.xrefHead = lines[0] + '\n' + lines[1] + '\n';
    for (int n = 0; n < size; ++n) {
        const QByteArray& line = lines[n + 2];
        doc.xrefLines.append(line);
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 3)
            return std::nullopt;
        if (fields[2] != "n")
            continue;
        const qsizetype offset = fields[0].toLongLong(&ok);
        if (!ok || offset <= 0 || offset >= doc.xrefPosition
            || !pdf.mid(offset, 24).startsWith(QByteArray(QByteArray::number(n) + " 0 obj")))
            return std::nullopt;
        doc.objectAt.insert(offset, n);
    }
    doc.trailer = pdf.mid(trailer, startxref - trailer);
    return doc;
}

// The rewritten ToUnicode object, or nothing when no entry changes.
std::optional<QByteArray> fixedToUnicode(const QByteArray& object, const QRawFont& font)
{
    const qsizetype streamAt = object.indexOf("stream\n");
    const qsizetype endStream = object.lastIndexOf("endstream");
    if (streamAt < 0 || endStream < streamAt)
        return std::nullopt;
    const qsizetype bodyAt = streamAt + 7;
    QByteArray body = object.mid(bodyAt, endStream - bodyAt);
    if (body.endsWith('\n'))
        body.chop(1);
    static const QRegularExpression lengthKey(QStringLiteral("/Length (\\d+)"));
    const QByteArray dict = object.left(streamAt);
    const auto length = lengthKey.match(QString::fromLatin1(dict));
    if (!length.hasMatch() || length.captured(1).toLongLong() != body.size())
        return std::nullopt; // compressed or not Qt's layout: leave it
    const qsizetype rangesAt = body.indexOf("endcodespacerange\n");
    const qsizetype endAt = body.indexOf("endcmap");
    if (rangesAt < 0 || endAt < rangesAt)
        return std::nullopt;
    const qsizetype entriesAt = rangesAt + 18;
    auto map = parseCmap(body.mid(entriesAt, endAt - entriesAt));
    if (!map)
        return std::nullopt;
    bool changed = false;
    for (QString& text : *map) {
        if (text.size() != 1 || !isRadicalOrCompatibility(text.at(0).unicode()))
            continue;
        if (const char32_t better = PdfFinish::textFor(text.at(0).unicode(), font); better != text.at(0).unicode()) {
            text = QString(QChar(static_cast<char16_t>(better)));
            changed = true;
        }
    }
    if (!changed)
        return std::nullopt;
    const QByteArray fixed = body.left(entriesAt) + bfchars(*map) + body.mid(endAt);
    QByteArray newDict = dict;
    newDict.replace(length.capturedStart(0),
                    length.capturedLength(0),
                    QByteArray(QByteArray("/Length ") + QByteArray::number(fixed.size())));
    return newDict + "stream\n" + fixed + "\nendstream\nendobj\n";
}

QByteArray infoObject(int number, const QByteArray& oldObject, const PdfFinish::Info& info)
{
    QByteArray out = QByteArray::number(number) + " 0 obj\n<<\n";
    const auto entry = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            out += QByteArray("/") + key + ' ' + pdfText(value) + '\n';
    };
    entry("Title", info.title);
    entry("Author", info.author);
    entry("Subject", info.subject);
    entry("Keywords", info.keywords);
    entry("Creator", QStringLiteral("CommunityCheck"));
    entry("Producer", QStringLiteral("Qt ") + QString::fromLatin1(qVersion()));
    static const QRegularExpression created(QStringLiteral("/CreationDate \\((D:[0-9Z+'-]+)\\)"));
    if (const auto m = created.match(QString::fromLatin1(oldObject)); m.hasMatch())
        out += "/CreationDate (" + m.captured(1).toLatin1() + ")\n";
    return out + ">>\nendobj\n";
}

} // namespace

char32_t PdfFinish::textFor(char32_t codePoint, const QRawFont& font)
{
    if (!isRadicalOrCompatibility(codePoint) || !font.isValid())
        return codePoint;
    const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(static_cast<char16_t>(codePoint))));
    if (glyphs.size() != 1 || glyphs.front() == 0)
        return codePoint;
    const auto& byGlyph = ideographsByGlyph(font);
    const auto it = byGlyph.constFind(glyphs.front());
    return it == byGlyph.constEnd() ? codePoint : char32_t {*it};
}

QByteArray PdfFinish::finish(const QByteArray& pdf, const Info& info)
{
    const auto doc = parseDocument(pdf);
    if (!doc || doc->objectAt.isEmpty())
        return pdf;
    // Each object runs to the start of the next one (a stream may hold any bytes).
    QHash<int, QByteArray> objects;
    for (auto it = doc->objectAt.constBegin(); it != doc->objectAt.constEnd(); ++it) {
        const auto next = std::next(it);
        const qsizetype end = next == doc->objectAt.constEnd() ? doc->xrefPosition : next.key();
        objects.insert(it.value(), pdf.mid(it.key(), end - it.key()));
    }

    QHash<int, QByteArray> replaced;
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()]+)"));
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it) {
        const QString text = QString::fromLatin1(it.value().left(4096));
        const auto ref = toUnicode.match(text);
        const auto name = baseFont.match(text);
        if (!ref.hasMatch() || !name.hasMatch())
            continue;
        const int cmapNumber = ref.captured(1).toInt();
        const auto font = cjkFontNamed(name.captured(1).toLatin1());
        if (!font || !objects.contains(cmapNumber))
            continue;
        if (auto fixed = fixedToUnicode(objects.value(cmapNumber), *font))
            replaced.insert(cmapNumber, *fixed);
    }
    static const QRegularExpression infoRef(QStringLiteral("/Info (\\d+) 0 R"));
    if (const auto m = infoRef.match(QString::fromLatin1(doc->trailer)); m.hasMatch()) {
        const int number = m.captured(1).toInt();
        if (objects.contains(number))
            replaced.insert(number, infoObject(number, objects.value(number), info));
    }

    QByteArray out = pdf.left(doc->objectAt.firstKey());
    QHash<int, qsizetype> newOffsets;
    for (auto it = doc->objectAt.constBegin(); it != doc->objectAt.constEnd(); ++it) {
        newOffsets.insert(it.value(), out.size());
        out += replaced.contains(it.value()) ? replaced.value(it.value()) : objects.value(it.value());
    }
    const qsizetype xrefAt = out.size();
    out += doc->xrefHead;
    for (int n = 0; n < doc->xrefLines.size(); ++n) {
        if (newOffsets.contains(n))
            out += QByteArray::number(newOffsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += doc->xrefLines[n] + '\n';
    }
    out += doc->trailer + "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}
