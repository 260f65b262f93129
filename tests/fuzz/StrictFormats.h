#pragma once

#include <QByteArrayView>

#include <optional>

// Independent, strict readers of the formats booking files come in, used by the fuzzers as the oracle for what a
// file that Kezek accepts must be. They only say yes or no; they build nothing.
namespace Kezek::Fuzz {

// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short.
bool isStrictUtf8(QByteArrayView data);

// One JSON text as RFC 8259's grammar defines it (whitespace around one value, the escapes it lists, its number
// syntax). nullopt when nesting is too deep to tell here (no Kezek file nests that deep).
std::optional<bool> isStrictJson(QByteArrayView data);

} // namespace Kezek::Fuzz
