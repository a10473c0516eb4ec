//! Today's date from the browser's clock, in the user's time zone (the day an agreement is
//! signed is the day on the signer's calendar).

use crate::engine::time::calendar::Date;

/// Today, or `None` if the date cannot be read.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}
