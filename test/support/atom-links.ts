import type { HTMLElement } from 'node-html-parser'

/** The Atom feeds a page announces in its head (`<link rel="alternate" type="application/atom+xml">`). */
export const atomLinks = (root: HTMLElement) =>
  root
    .querySelectorAll('head link[rel=alternate]')
    .filter((link) => link.getAttribute('type') === 'application/atom+xml')
    .map((link) => link.getAttribute('href') ?? '')
