function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Local calendar day as `yyyyMMdd` (the user's day, which decides the daily snapshot). */
export function dayStamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/** Local time as `yyyyMMddHHmmss`, used in backup and corrupt-copy file names. */
export function secondStamp(date: Date): string {
  return `${dayStamp(date)}${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}
