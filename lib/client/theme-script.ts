/**
 * Shared by the root layout's inline script (which runs before first paint, so
 * there is no flash of the wrong theme) and the client theme hooks.
 */
export const THEME_STORAGE_KEY = "rewind-theme";

export const themeInitScript = `(function(){try{var p=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=p==="dark"||(p!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);var r=document.documentElement;r.classList.toggle("dark",d);r.style.colorScheme=d?"dark":"light"}catch(e){}})()`;
