#pragma once

#include <QString>

namespace Kezek {
class Database;
} // namespace Kezek

// What the libFuzzer targets in tests/fuzz share: a hermetic Qt start-up, a demo-center database made once and copied
// per input, and a way to stop on a broken invariant that libFuzzer records as a crash.
namespace Kezek::Fuzz {

// Sets the environment the test suite uses (TZ=Asia/Almaty, C.UTF-8, offscreen, Qt test paths), creates the
// QCoreApplication and a scratch folder. Call first in LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);

// The scratch folder (removed at a normal exit, left behind after a crash).
QString scratchDir();

// A database holding just the demo center, created on first use; copy it, do not write to it.
QString demoTemplate();

// Copies `templatePath` to `name` in the scratch folder, replacing what was there, and returns the copy's path.
QString copyOf(const QString &templatePath, const QString &name);

// Prints the broken invariant (to the stderr the process started with, even when the fuzzer's -close_fd_mask hid
// it) and traps, so that libFuzzer saves the input as a crash.
[[noreturn]] void broken(const QString &invariant, const QString &details = {});

// Shorthand: broken() unless `holds`.
inline void require(bool holds, const QString &invariant, const QString &details = {})
{
    if (!holds)
        broken(invariant, details);
}

// 2020-05-18 (the Monday of the sample booking files) at the given local time.
qint64 sampleDay(int hour, int minute = 0);

} // namespace Kezek::Fuzz
