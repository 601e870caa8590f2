import pkg from '../../package.json' with { type: 'json' }

export const productName = 'Policy Workbench'
export const productVersion: string = pkg.version
