//! A progress bar on stderr for work that takes more than a moment, only when stderr is a
//! terminal: scripts and logs see nothing of it.

use std::cell::Cell;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::output::Printer;

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    /// Not yet shown, but it may be.
    pending: Cell<bool>,
}

/// How long work runs before its progress is shown.
const MOMENT: Duration = Duration::from_millis(500);

impl Progress {
    /// `doing` and `units` name the work: "applying … changes".
    pub fn new(doing: &str, total: u64, units: &str, printer: Printer) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template(&format!("{doing} {{bar:40}} {{pos}}/{{len}} {units}"))
        {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            pending: Cell::new(!printer.quiet && std::io::stderr().is_terminal()),
        }
    }

    pub fn tick(&self, done: u64) {
        if self.pending.get() && self.started.elapsed() > MOMENT {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.pending.set(false);
        }
        self.bar.set_position(done);
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
