export interface ActionInput {
  name: string
  description: string
  required: boolean
  default: string | undefined
}

export interface ActionOutput {
  name: string
  description: string
}

export interface ActionMetadata {
  name: string
  description: string
  inputs: ActionInput[]
  outputs: ActionOutput[]
}

export declare const actionYmlPath: string
export declare function readActionMetadata(text?: string): ActionMetadata
