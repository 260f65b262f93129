#pragma once

#include "reception/Talon.h"

#include <QString>

class QPrinter;

namespace Kezek {

class Bilingual;

// Prints a talon on a receipt roll (80 mm wide) through Qt's print support, in Kazakh and Russian.
class TalonPrinter final
{
public:
    static constexpr double paperWidthMm = 80;
    static constexpr double paperHeightMm = 110;

    // The slip as rich text; both languages come from the catalogues (see Bilingual).
    static QString html(const Talon &talon, const Bilingual &bilingual);
    // Sets the receipt page size and small margins.
    static void setUpPage(QPrinter &printer);
    // Prints on a printer already set up (by a print dialog or setUpPage); false when it cannot paint on it.
    static bool print(const Talon &talon, const Bilingual &bilingual, QPrinter &printer);
    // Prints into a PDF file: works with no printer attached.
    static bool printToPdf(const Talon &talon, const Bilingual &bilingual, const QString &path);
};

} // namespace Kezek
