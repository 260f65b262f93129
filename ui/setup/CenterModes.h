#pragma once

class QComboBox;

namespace Kezek {

// Fills `combo` with the center modes by name (their key as the data), in the interface's language, keeping the
// chosen one: the first-run wizard and the administration page ask the same question.
void fillCenterModes(QComboBox *combo);

} // namespace Kezek
