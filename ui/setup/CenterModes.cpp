#include "CenterModes.h"

#include "domain/Types.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace Kezek {

void fillCenterModes(QComboBox *combo)
{
    const QSignalBlocker blocker(combo); // naming the modes again is not choosing one
    const int current = combo->currentIndex();
    combo->clear();
    for (CenterMode mode : {CenterMode::Mixed, CenterMode::BookingOnly, CenterMode::WalkIn})
        combo->addItem(Names::display(mode), Names::key(mode));
    combo->setCurrentIndex(std::max(0, current));
}

} // namespace Kezek
