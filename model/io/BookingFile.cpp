#include "BookingFile.h"

#include "domain/Iin.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <variant>

namespace Kezek {

namespace {

struct Field
{
    const char *name;
    QString BookingRow::*member;
};

constexpr std::array<Field, 7> fields{{
    {"booking_id", &BookingRow::bookingId},
    {"channel", &BookingRow::channel},
    {"iin", &BookingRow::iin},
    {"full_name", &BookingRow::fullName},
    {"phone", &BookingRow::phone},
    {"service_code", &BookingRow::serviceCode},
    {"slot_start", &BookingRow::slotStart},
}};

const QChar byteOrderMark(0xFEFF);

struct CsvRecord
{
    int line = 0;
    QStringList values;
};

// RFC 4180 with the leniencies real exports need: CRLF, LF or CR line ends, a stray quote inside an unquoted
// value taken literally, blank lines skipped. Only a quote that never closes is fatal, because it swallows
// every following record. Returns the line of that quote on failure.
std::variant<QList<CsvRecord>, int> splitCsv(const QString &text)
{
    QList<CsvRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    auto atLineEnd = [&](qsizetype at) { return at < n && (text[at] == u'\n' || text[at] == u'\r'); };
    // Consumes one line end at i (CRLF counts once).
    auto skipLineEnd = [&] {
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        ++i;
        ++line;
    };

    while (i < n) {
        CsvRecord record;
        record.line = line;
        while (true) {
            QString value;
            if (text[i] == u'"') {
                const int quoteLine = line;
                ++i;
                while (true) {
                    if (i >= n)
                        return quoteLine;
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            value += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (atLineEnd(i)) {
                        skipLineEnd();
                        value += u'\n';
                        continue;
                    }
                    value += c;
                    ++i;
                }
            }
            while (i < n && text[i] != u',' && !atLineEnd(i))
                value += text[i++];
            record.values.append(value);
            if (i < n && text[i] == u',') {
                ++i;
                if (i < n)
                    continue;
                record.values.append(QString()); // a trailing comma at the very end still ends a value
            }
            if (i < n)
                skipLineEnd();
            break;
        }
        const bool blank = record.values.size() == 1 && record.values.first().trimmed().isEmpty();
        if (!blank)
            records.append(std::move(record));
    }
    return records;
}

// The line on which each element of the top-level array starts. QJsonDocument keeps no positions,
// so this walks the (already validated) text once, minding strings and their escapes.
QList<int> elementLines(const QByteArray &data)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool expectingElement = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectingElement && depth == 1 && c != ']')
            lines.append(line);
        expectingElement = false;
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            ++depth;
            expectingElement = depth == 1;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            expectingElement = depth == 1;
            break;
        default:
            break;
        }
    }
    return lines;
}

int lineAtOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// The offset of the first byte that is not part of a well-formed UTF-8 character, or -1. Stricter than a
// decoder that would drop a character cut off at the end of the file or replace a bad byte silently.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80, max = 0xBF; // the allowed range of the second byte (no overlongs, surrogates)
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                min = 0xA0;
            else if (lead == 0xED)
                max = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                min = 0x90;
            else if (lead == 0xF4)
                max = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (bytes[i + 1] < min || bytes[i + 1] > max)
            return i;
        for (int k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Where the text holds what JSON does not allow but Qt's parser lets through: inside a string, an escape other
// than \" \\ \/ \b \f \n \r \t \u (Qt reads "\C" as "C"; it checks the digits of \u itself) or a raw
// control character; outside, a number JSON does not have (Qt takes "778.").
struct JsonProblem
{
    qsizetype offset = -1;
    QString what;
};

JsonProblem lenientJson(const QByteArray &data)
{
    static const QRegularExpression number(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (!inString) {
            // Qt skips a second byte-order mark, for one; JSON has nothing but these outside its strings.
            if (!std::strchr(" \t\r\n[]{}:,\"-0123456789truefalsn", c) || c == '\0')
                return {i, BookingFile::tr("an unexpected character (byte %1) outside a string").arg(i + 1)};
            if (c == '-' || std::isdigit(c)) {
                qsizetype end = i;
                while (end < data.size() && std::strchr("0123456789+-.eE", data[end]) && data[end] != '\0')
                    ++end;
                const QString token = QString::fromLatin1(data.mid(i, end - i));
                if (!number.match(token).hasMatch())
                    return {i, BookingFile::tr("\"%1\" is not a JSON number").arg(Iin::maskInText(token))};
                i = end - 1;
            }
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return {i, BookingFile::tr("a control character (U+%1) inside a string")
                           .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')))};
        } else if (c == '\\') {
            const char escaped = i + 1 < data.size() ? data[i + 1] : '\0';
            if (escaped == '\0' || !std::strchr("\"\\/bfnrtu", escaped)) {
                return {i, BookingFile::tr("an invalid escape \\%1 inside a string")
                               .arg(QString::fromUtf8(data.mid(i + 1, 1)))};
            }
            if (escaped == 'u') {
                // Half of a surrogate pair alone is no character; Qt would put U+FFFD in its place.
                const auto unit = [&data](qsizetype at) { return data.mid(at, 4).toUInt(nullptr, 16); };
                const uint first = unit(i + 2);
                const bool high = first >= 0xD800 && first <= 0xDBFF;
                const bool low = first >= 0xDC00 && first <= 0xDFFF;
                const bool paired = high && data.mid(i + 6, 2) == "\\u" && unit(i + 8) >= 0xDC00
                    && unit(i + 8) <= 0xDFFF;
                if (low || (high && !paired))
                    return {i, BookingFile::tr("an escape \\u%1 that is half of a character")
                                   .arg(QString::fromLatin1(data.mid(i + 2, 4)))};
                i += paired ? 10 : 4;
            }
            ++i;
        }
    }
    return {};
}

Failure invalidFile(const QString &message)
{
    return Failure{Failure::Kind::Invalid, message};
}

} // namespace

QList<std::pair<QString, QString>> BookingRow::namedValues() const
{
    QList<std::pair<QString, QString>> values;
    for (const Field &field : fields)
        values.append({QLatin1String(field.name), this->*field.member});
    return values;
}

QStringList BookingFile::fieldNames()
{
    QStringList names;
    for (const Field &field : fields)
        names.append(QLatin1String(field.name));
    return names;
}

Result<QList<BookingRow>> BookingFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Failure{Failure::Kind::NotFound, tr("%1: the file does not exist").arg(path)};
    if (info.isDir())
        return invalidFile(tr("%1: this is a folder, not a booking file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidFile(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return invalidFile(tr("%1: cannot read the file: %2").arg(path, file.errorString()));

    std::optional<Format> format;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv"))
        format = Format::Csv;
    else if (suffix == QLatin1String("json"))
        format = Format::Json;
    return parse(data, path, format);
}

Result<QList<BookingRow>> BookingFile::parse(const QByteArray &data, const QString &fileName,
                                             std::optional<Format> format)
{
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        return invalidFile(tr("%1:%2: the file is not UTF-8 text (byte %3 is not part of a UTF-8 character); "
                              "save it as UTF-8 and import it again")
                               .arg(fileName)
                               .arg(lineAtOffset(data, bad))
                               .arg(bad + 1));
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(byteOrderMark))
        text.remove(0, 1);

    if (!format) {
        const qsizetype first = std::distance(text.cbegin(), std::find_if(text.cbegin(), text.cend(), [](QChar c) {
                                                  return !c.isSpace();
                                              }));
        format = first < text.size() && text[first] == u'[' ? Format::Json : Format::Csv;
    }
    if (*format == Format::Json) {
        QByteArray json = data;
        if (json.startsWith("\xEF\xBB\xBF"))
            json.remove(0, 3);
        return parseJson(json, fileName);
    }
    return parseCsv(text, fileName);
}

Result<QList<BookingRow>> BookingFile::parseCsv(const QString &text, const QString &fileName)
{
    auto split = splitCsv(text);
    if (const int *quoteLine = std::get_if<int>(&split)) {
        return invalidFile(tr("%1:%2: a quoted value starts here and is never closed").arg(fileName).arg(*quoteLine));
    }
    const QList<CsvRecord> &records = std::get<QList<CsvRecord>>(split);
    if (records.isEmpty())
        return invalidFile(tr("%1: the file is empty; expected a header row (%2)")
                               .arg(fileName, fieldNames().join(QStringLiteral(","))));

    const CsvRecord &header = records.first();
    std::array<qsizetype, fields.size()> columnOf{};
    QStringList missing;
    for (size_t f = 0; f < fields.size(); ++f) {
        columnOf[f] = -1;
        for (qsizetype column = 0; column < header.values.size(); ++column) {
            if (header.values[column].trimmed().toLower() == QLatin1String(fields[f].name)) {
                columnOf[f] = column;
                break;
            }
        }
        if (columnOf[f] < 0)
            missing.append(QLatin1String(fields[f].name));
    }
    if (!missing.isEmpty()) {
        return invalidFile(tr("%1:%2: the header lacks the column(s) %3; it must name %4")
                               .arg(fileName)
                               .arg(header.line)
                               .arg(missing.join(QStringLiteral(", ")), fieldNames().join(QStringLiteral(","))));
    }

    QList<BookingRow> rows;
    rows.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records[r];
        BookingRow row;
        row.file = fileName;
        row.line = record.line;
        for (size_t f = 0; f < fields.size(); ++f) {
            if (columnOf[f] < record.values.size())
                row.*fields[f].member = record.values[columnOf[f]];
        }
        if (record.values.size() != header.values.size()) {
            row.problem = tr("the line has %1 values but the header has %2")
                              .arg(record.values.size())
                              .arg(header.values.size());
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<BookingRow>> BookingFile::parseJson(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return invalidFile(tr("%1:%2: not valid JSON: %3")
                               .arg(fileName)
                               .arg(lineAtOffset(data, error.offset))
                               .arg(error.errorString()));
    }
    if (!document.isArray())
        return invalidFile(tr("%1: the JSON must be an array of booking objects").arg(fileName));
    if (const JsonProblem problem = lenientJson(data); problem.offset >= 0) {
        return invalidFile(
            tr("%1:%2: not valid JSON: %3").arg(fileName).arg(lineAtOffset(data, problem.offset)).arg(problem.what));
    }

    const QJsonArray array = document.array();
    const QList<int> lines = elementLines(data);
    QList<BookingRow> rows;
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        BookingRow row;
        row.file = fileName;
        row.line = i < lines.size() ? lines[i] : 0;
        const QJsonValue element = array[i];
        if (!element.isObject()) {
            row.problem = tr("element %1 of the array is not a booking object").arg(i + 1);
            rows.append(std::move(row));
            continue;
        }
        const QJsonObject object = element.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key().trimmed().toLower();
            const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                            [&](const Field &f) { return key == QLatin1String(f.name); });
            if (field == fields.cend())
                continue; // extra keys are the channel's business
            const QJsonValue value = it.value();
            QString &target = row.*field->member;
            if (value.isString()) {
                target = value.toString();
            } else if (value.isDouble()) {
                // Channels sometimes send IINs as numbers; keep them digit for digit, not as 9.5e+11.
                const double number = value.toDouble();
                target = number == std::floor(number) && std::abs(number) < 1e15 ? QString::number(qint64(number))
                                                                                 : QString::number(number);
            } else if (value.isBool()) {
                target = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            } else if (!value.isNull()) {
                row.problem = tr("%1 must be text, not a list or an object").arg(Iin::maskInText(it.key()));
            }
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace Kezek
