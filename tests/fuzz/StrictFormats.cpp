#include "StrictFormats.h"

namespace Kezek::Fuzz {

bool isStrictUtf8(QByteArrayView data)
{
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const auto byte = uchar(data[i]);
        if (byte < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((byte & 0xE0) == 0xC0) {
            length = 2;
            code = byte & 0x1F;
            least = 0x80;
        } else if ((byte & 0xF0) == 0xE0) {
            length = 3;
            code = byte & 0x0F;
            least = 0x800;
        } else if ((byte & 0xF8) == 0xF0) {
            length = 4;
            code = byte & 0x07;
            least = 0x10000;
        } else {
            return false; // a continuation byte without a lead, or 0xF8..0xFF
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            const auto next = uchar(data[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

namespace {

// A recursive-descent recogniser of RFC 8259 over bytes.
class JsonGrammar final
{
public:
    explicit JsonGrammar(QByteArrayView data) : m_data(data) { }

    std::optional<bool> text()
    {
        skipSpace();
        const bool ok = value(0);
        if (m_tooDeep)
            return std::nullopt;
        skipSpace();
        return ok && m_at == m_data.size();
    }

private:
    static constexpr int maxDepth = 1000;

    bool atEnd() const { return m_at >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data[m_at]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_at) {
            if (atEnd() || peek() != *word)
                return false;
        }
        return true;
    }

    bool value(int depth)
    {
        if (depth > maxDepth) {
            m_tooDeep = true;
            return false;
        }
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth)
    {
        ++m_at; // '{'
        skipSpace();
        if (peek() == '}') {
            ++m_at;
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != '"' || !string())
                return false;
            skipSpace();
            if (peek() != ':')
                return false;
            ++m_at;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (peek() == '}') {
                ++m_at;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_at;
        }
    }

    bool array(int depth)
    {
        ++m_at; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_at;
            return true;
        }
        while (true) {
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (peek() == ']') {
                ++m_at;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_at;
        }
    }

    static bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool string()
    {
        ++m_at; // '"'
        while (!atEnd()) {
            const auto c = uchar(peek());
            ++m_at;
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (atEnd())
                return false;
            const char escaped = peek();
            ++m_at;
            if (escaped == 'u') {
                for (int k = 0; k < 4; ++k, ++m_at) {
                    if (atEnd() || !isHex(peek()))
                        return false;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(escaped)) {
                return false;
            }
        }
        return false;
    }

    bool digits()
    {
        const qsizetype start = m_at;
        while (!atEnd() && isDigit(peek()))
            ++m_at;
        return m_at > start;
    }

    bool number()
    {
        if (peek() == '-')
            ++m_at;
        if (peek() == '0')
            ++m_at;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_at = 0;
    bool m_tooDeep = false;
};

} // namespace

std::optional<bool> isStrictJson(QByteArrayView data)
{
    return JsonGrammar(data).text();
}

} // namespace Kezek::Fuzz
