"""Small per-library and per-script records: library facts in ``meta`` (e.g. which project is the demo)
and the hand-ticked items of a script's short-form checklist (``checklist_ticks``, schema version 2)."""

from __future__ import annotations

from studio.store.base import _Base

#: Longest checklist item id accepted (ids are short snake_case names such as "main_message").
MAX_ITEM_ID = 64


class ExtrasMixin(_Base):
    """``meta`` values and checklist ticks of :class:`~studio.store.library.Library`."""

    def get_meta(self, key: str) -> str | None:
        """A library fact stored under ``key``, or None."""
        with self._tx(write=False):
            value = self._value("SELECT value FROM meta WHERE key = ?", (str(key),))
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str | None) -> None:
        """Store (or with None remove) a library fact."""
        with self._tx():
            if value is None:
                self._exec("DELETE FROM meta WHERE key = ?", (str(key),))
            else:
                self._exec("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (str(key), str(value)))

    def checklist_ticks(self, script_id: int) -> dict[str, bool]:
        """The checklist items the creator ticked (True) or unticked (False) by hand for a script."""
        with self._tx(write=False):
            self.get_script(script_id)  # type: ignore[attr-defined]
            rows = self._rows("SELECT item, checked FROM checklist_ticks WHERE script_id = ?", (int(script_id),))
        return {str(r["item"]): bool(r["checked"]) for r in rows}

    def set_checklist_tick(self, script_id: int, item: str, checked: bool | None) -> None:
        """Tick or untick a checklist item by hand; None forgets the hand tick."""
        item = str(item).strip()
        if not item or len(item) > MAX_ITEM_ID:
            from studio.store.errors import StoreError

            raise StoreError(f"Not a checklist item: {item[:MAX_ITEM_ID]!r}.")
        with self._tx():
            self.get_script(script_id)  # type: ignore[attr-defined]
            if checked is None:
                self._exec("DELETE FROM checklist_ticks WHERE script_id = ? AND item = ?", (int(script_id), item))
            else:
                self._exec("INSERT OR REPLACE INTO checklist_ticks(script_id, item, checked, updated)"
                           " VALUES (?, ?, ?, ?)", (int(script_id), item, int(bool(checked)), self._now()))
