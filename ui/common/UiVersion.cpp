// Placeholder translation unit so kezek_ui links before its first screen lands.
namespace Kezek::Ui {
int uiLibraryVersion() { return 1; }
}
