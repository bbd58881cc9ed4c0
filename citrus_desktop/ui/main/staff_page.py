"""Administration › Staff: the server's database users and their roles, granted and revoked here."""

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from citrus_desktop.domain import access, staff
from citrus_desktop.domain.access import ROLES, role_label, role_rights
from citrus_desktop.domain.errors import DomainError, ValidationError
from citrus_desktop.ui.events import announce
from citrus_desktop.ui.lists.list_page import ListPage
from citrus_desktop.ui.records.record_dialog import RecordDialog, select_id


class StaffDialog(RecordDialog):
    """Give one database user a role (``staffUser``, ``staffRole``); an existing user stays fixed."""

    def __init__(self, person: staff.Person | None = None, parent: QWidget | None = None):
        super().__init__("staff", self.tr("Staff role"), parent)
        self.person = person
        self.user = QComboBox()
        self.user.setObjectName("staffUser")
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.user.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Database user name"))
        for candidate in staff.people():
            if not candidate.superuser:
                self.user.addItem(candidate.name, candidate.id)
        self.form.add("user", self.tr("Database user"), self.user, True)
        self.role = QComboBox()
        self.role.setObjectName("staffRole")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
            self.role.setItemData(self.role.count() - 1, role_rights(role), 3)  # ToolTipRole
        self.form.add("role", self.tr("Role"), self.role, True)
        hint = QLabel(
            self.tr(
                "Reader looks up everything and changes nothing. Editor also creates, edits, deletes "
                "and restores items, contracts, sites and customers. Administrator also changes "
                "types, purges the recycle bin and manages staff roles."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "caption")
        self.form.layout.addRow(hint)
        if person is None:
            self.user.setCurrentIndex(-1)
            self.role.setCurrentIndex(ROLES.index("editor"))
        else:
            select_id(self.user, person.id)
            self.user.setEnabled(False)
            self.role.setCurrentIndex(ROLES.index(person.role) if person.role in ROLES else 0)
        self.save_button.setToolTip(self.tr("Grant the role (Ctrl+S)"))

    def access_refusal(self) -> str | None:
        return access.current().staff_refusal()

    def save_record(self) -> int:
        chosen = staff.grant(self.user.currentText(), self.role.currentData())
        announce("staff")
        return chosen.id


class StaffPage(ListPage):
    """Every login of the server with its role; Grant (New), open a row to change, Revoke (Delete)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("staff", "staffPage", staff.StaffSource(), parent)
        self.dialog: StaffDialog | None = None
        self.new_button.setText(self.tr("Grant…"))
        self.new_button.setToolTip(self.tr("Give a database user a role (Ctrl+N)"))
        self.new_button.setProperty("citrusTip", None)
        self.delete_button.setText(self.tr("Revoke"))
        self.delete_button.setToolTip(self.tr("Take every role from the selected users (Del)"))
        self.delete_button.setProperty("citrusTip", None)
        caption = QLabel(
            self.tr(
                "Each person signs in with their own database user, which the server's administrator "
                "creates. Here you choose what each may do; the server enforces it for every program."
            )
        )
        caption.setObjectName("staffCaption")
        caption.setWordWrap(True)
        caption.setProperty("role", "caption")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, caption)
        self._update_actions()

    def title_text(self) -> str:
        return self.tr("Staff")

    def empty_text(self) -> str:
        return self.tr("The server has no database users besides its superusers.")

    def write_refusal(self) -> str | None:
        return access.current().staff_refusal()

    def new_record(self) -> None:
        self._show(StaffDialog(None, self))

    def open_record(self, record_id: int) -> None:
        try:
            person = staff.person(record_id)
        except DomainError as error:
            self._notify(self.tr("Staff"), str(error), "")
            return
        self._show(StaffDialog(person, self))

    def _show(self, dialog: StaffDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self.select_id)
        dialog.open()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.write_refusal() is not None:
            return
        chosen = [row[1] for row in self.model.source.rows(ids)]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Revoke"),
            self.tr("Take every role from %n user(s)?", "", len(chosen)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("staffRevokeQuestion")
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        revoke.setObjectName("staffConfirmRevoke")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        detail = ", ".join(chosen)
        if access.current().user in chosen:
            detail += "\n\n" + self.tr("You are among them: you will lose your access at once.")
        box.setInformativeText(detail)
        self.question = box
        box.finished.connect(lambda _r: self._revoke_answered(box.clickedButton() is revoke, chosen))
        box.open()

    def _revoke_answered(self, confirmed: bool, names: list[str]) -> None:
        self.question = None
        if not confirmed:
            return
        for name in names:
            try:
                staff.revoke(name)
            except ValidationError as error:
                self._notify(self.tr("Not revoked"), "\n".join(error.errors.values()), "")
                break
            except DomainError as error:
                self._notify(self.tr("Not revoked"), str(error), "")
                break
        announce("staff")
