"""An output folder written as one unit: locked, staged in a fresh folder, swapped in whole.

A run writes its tables into a fresh hidden sibling folder (``.<name>.new-XXXX`` beside
``--out``) and, when every table is complete, swaps it with ``--out`` in one atomic step
(Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames, with a window of microseconds that
the next run repairs). Readers therefore see the previous set or the new set, never a mix. Files
in ``--out`` that the run does not write (``README.md``, your own notes) are carried over.

* A lock file (``.<name>.lock`` beside ``--out``, holding the run's process id) refuses a second
  run into the same folder while one is writing (:class:`OutputBusyError`). The operating system
  releases it when the process dies, even by ``SIGKILL``.
* Leftovers of a killed run (staging folders, an old set parked during a swap, and the
  ``.<table>.csv.*.tmp`` files of earlier versions) are removed by the next run into that folder
  (and by ``make clean``); an old set parked by a run killed mid-swap is put back first.
* When the folder cannot be swapped (it is a mount point, its parent is read-only, or the file
  system refuses to rename it: a folder of a container image's lower layer) the tables are
  renamed into place one by one (each file atomic, the set not).
* Environment faults (disk full, a read-only folder, ``--out`` naming a file) raise
  :class:`OutputError`, a one-line message; nothing half-written is left behind.

Examples
--------
>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> with OutputFolder(root / "tables", ["a.csv"]) as out:
...     _ = (out.staging / "a.csv").write_text("x\\n")
>>> sorted(p.name for p in root.iterdir())  # not committed: nothing left, not even the lock
[]
>>> with OutputFolder(root / "tables", ["a.csv"]) as out:
...     _ = (out.staging / "a.csv").write_text("x\\n")
...     out.commit()
>>> sorted(p.name for p in root.iterdir()), (root / "tables" / "a.csv").read_text()
(['tables'], 'x\\n')
"""
from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Iterable

from .errors import WorkbookError, raise_if_interrupted

try:  # POSIX; on Windows runs are not locked
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class OutputError(WorkbookError):
    """The output folder cannot be written (disk full, read-only, a file in the way)."""


class OutputBusyError(WorkbookError):
    """Another run is writing to the same output folder."""


def _fail(path: Path, exc: OSError, doing: str) -> OutputError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        reason += " (a file is in the way: give --out a folder)"
    elif exc.errno == errno.ENOSPC:
        reason += " (disk full: free some space and run again)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason += " (choose a writable folder with --out)"
    return OutputError(path, f"cannot {doing}: {reason}")


class OutputFolder:
    """Lock ``out``, hand out a fresh staging folder, and swap it in on :meth:`commit`.

    ``names`` are the entries the run writes (table files): they replace the previous ones;
    every other entry of ``out`` is kept. Use as a context manager; leaving it without
    :meth:`commit` removes the staging folder and leaves ``out`` as it was.
    """

    def __init__(self, out: str | Path, names: Iterable[str]) -> None:
        self.out = Path(out).absolute()
        if self.out.is_symlink():  # swap the folder it points to, never the link itself
            self.out = self.out.resolve()
        self.names = frozenset(names)
        if self.out.exists() and not self.out.is_dir():
            raise OutputError(self.out, "is a file, not a folder: give --out a folder")
        self._lock_fd: int | None = None
        self._committed = False
        self.removed: list[Path] = []  # leftovers of earlier runs removed by this one
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _fail(self.out.parent, exc, "create the output folder") from exc
        # Stage beside the folder (swap), or inside it when it cannot be renamed.
        self.in_place = self.out.is_dir() and (os.path.ismount(self.out) or not os.access(self.out.parent, os.W_OK))
        self.root = self.out if self.in_place else self.out.parent
        self.prefix = f".{self.out.name}"
        self.lock_path = self.root / f"{self.prefix}.lock"
        self.staging = self.root  # set in __enter__

    # -- the lock ---------------------------------------------------------------------------
    def _lock(self) -> None:
        if fcntl is None:  # pragma: no cover - Windows
            return
        for _ in range(20):
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise _fail(self.root, exc, "create the lock file") from exc
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                os.close(fd)
                raise OutputBusyError(self.out, f"another run (process {holder}) is writing to this folder; wait for it or choose another --out") from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.lock_path).st_ino
            except FileNotFoundError:
                same = False
            if same:  # not a lock file its previous holder has just removed
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
                self._lock_fd = fd
                return
            os.close(fd)
        raise OutputBusyError(self.out, "could not take the lock: other runs keep starting")

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            try:
                self.lock_path.unlink(missing_ok=True)  # before releasing: a waiter sees a stale inode
            except OSError:
                pass
            os.close(self._lock_fd)
            self._lock_fd = None

    # -- leftovers ----------------------------------------------------------------------------
    def sweep(self) -> list[Path]:
        """Remove what killed runs left (call with the lock held); returns what was removed."""
        removed: list[Path] = []
        # Exact shapes (mkdtemp's 8 random characters; pid-and-8-hex), so that the sweep for "a"
        # never takes the staging folder of an output folder named "a.new-x".
        parked = sorted(self.root.glob(f"{self.prefix}.old-[0-9]*-{'?' * 8}"), key=lambda p: p.stat().st_mtime)
        if parked and not self.in_place and not self.out.exists():
            os.rename(parked.pop(), self.out)  # a run killed between its two renames: put the old set back
        for path in [*parked, *self.root.glob(f"{self.prefix}.new-{'?' * 8}")]:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        if self.out.is_dir():
            for path in self.out.glob(".*.csv.*.tmp"):  # temporary tables of earlier versions
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    # -- staging and the swap -------------------------------------------------------------------
    def __enter__(self) -> "OutputFolder":
        self._lock()
        try:
            self.removed = self.sweep()
            if self.in_place:
                self.out.mkdir(exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=f"{self.prefix}.new-", dir=self.root))
        except OSError as exc:
            self._unlock()
            raise _fail(self.root, exc, "create a staging folder for the tables") from exc
        except BaseException:
            self._unlock()
            raise
        return self

    def commit(self) -> None:
        """Put the staged tables in place: all of them at once (or, in place, one by one).

        A run whose interrupting signal was swallowed on the way (see
        :func:`~analysis.errors.raise_if_interrupted`) stops here and keeps the previous tables.
        """
        raise_if_interrupted()
        try:
            os.chmod(self.staging, 0o755)
            if self.in_place:
                for entry in sorted(os.listdir(self.staging)):
                    os.replace(self.staging / entry, self.out / entry)
                self.staging.rmdir()
            elif not self.out.exists():
                os.rename(self.staging, self.out)
            else:
                self._carry_over()
                try:
                    self._swap()
                except OSError as exc:
                    if exc.errno not in UNSWAPPABLE:
                        raise
                    self._replace_each()  # a folder the system will not rename: file by file
        except OSError as exc:
            raise _fail(self.out, exc, "put the new tables in place") from exc
        self._committed = True

    def _replace_each(self) -> None:
        """Rename each staged table over its old version (each file atomic, the set not)."""
        for entry in sorted(os.listdir(self.staging)):
            if entry in self.names:
                os.replace(self.staging / entry, self.out / entry)
        shutil.rmtree(self.staging, ignore_errors=True)

    def _carry_over(self) -> None:
        """Link every entry of ``out`` that this run does not write into the staging folder."""
        for entry in os.scandir(self.out):
            if entry.name in self.names or entry.name.startswith(f"{self.prefix}.") or (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                continue
            target = self.staging / entry.name
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), target)
            elif entry.is_file():
                try:
                    os.link(entry.path, target)
                except OSError:
                    shutil.copy2(entry.path, target)
            elif entry.is_dir():
                shutil.copytree(entry.path, target, symlinks=True)

    def _swap(self) -> None:
        if _exchange(self.staging, self.out):
            old = self.staging  # the staging name now holds the previous set
        else:
            old = self.root / f"{self.prefix}.old-{os.getpid()}-{os.urandom(4).hex()}"
            os.rename(self.out, old)  # a run killed here is repaired by the next (:meth:`sweep`)
            try:
                os.rename(self.staging, self.out)
            except OSError:
                os.rename(old, self.out)
                raise
        shutil.rmtree(old, ignore_errors=True)

    def __exit__(self, *exc: object) -> None:
        try:
            if not self._committed and self.staging != self.root:
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._unlock()


#: Errors of renaming a folder that the system refuses for that folder, not for lack of space or
#: rights: a mount point (EBUSY), a directory in an overlay file system's lower layer (EXDEV).
UNSWAPPABLE = frozenset({errno.EXDEV, errno.EBUSY, errno.EINVAL, errno.ENOTSUP, errno.EPERM})


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two folders (Linux ``renameat2``); False where that is unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False  # a file system without the exchange: fall back to two renames
    raise OSError(code, os.strerror(code), str(b))


def check_not_input(out: str | Path, manifest: str | Path, article_files: Iterable[str | Path] = ()) -> None:
    """Refuse an output folder that is, or contains, the manifest's folder or an article's folder.

    The run replaces the tables it writes in ``out``: pointed at the corpus, it would
    overwrite the manifest (``articles.csv``) with the output table of the same name.

    Examples
    --------
    >>> check_not_input("/corpus/out", "/corpus/articles.csv", ["/corpus/raw/a.txt"])
    >>> check_not_input("/corpus", "/corpus/articles.csv")
    Traceback (most recent call last):
    ...
    analysis.errors.WorkbookError: /corpus: --out is the folder of the manifest /corpus/articles.csv; write the tables elsewhere (e.g. /corpus/processed)
    """
    target = Path(out).absolute().resolve()
    manifest_path = Path(manifest).absolute().resolve()
    folders = {manifest_path.parent: f"the folder of the manifest {manifest_path}"}
    examples: dict[str, str] = {}
    for file in map(str, article_files):  # a million rows: strings first, a Path per folder
        examples.setdefault(os.path.dirname(file), os.path.basename(file))
    for parent, name in examples.items():
        folders.setdefault(Path(parent), f"a folder of article files ({name})")
    suggestion = f" (e.g. {manifest_path.parent / 'processed'})"
    for folder, what in folders.items():
        if target == folder:
            raise WorkbookError(target, f"--out is {what}; write the tables elsewhere{suggestion if folder == manifest_path.parent else ''}")
        if target in folder.parents:
            raise WorkbookError(target, f"--out contains {what}; write the tables elsewhere")
