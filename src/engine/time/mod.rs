//! Time in the plan: exact splitting of totals over periods, the horizon and its calendar, and
//! the sales-cycle lag that moves each stage's volume earlier than the customers it feeds.

pub mod allocation;
pub mod calendar;
pub mod lag;
pub mod periods;
